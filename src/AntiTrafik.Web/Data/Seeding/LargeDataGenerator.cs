using System.Diagnostics;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// Fills a database with invented but realistic cases for benchmarks, through the same model and encryption
/// as the portal: cases over twenty years in every county, consent, notes, and about three referrals per
/// case in every state. Batched inserts, one transaction per batch, progress on the console. Run with
/// <c>dotnet run --project src/AntiTrafik.Web -c Release -- --Generate:Cases=100000</c> (demo accounts
/// must exist: Development, or <c>--Demo:SeedAccounts=true</c> outside Production).
/// </summary>
public sealed class LargeDataGenerator(AppDbContext db, PersonalDataProtector protector, TimeProvider clock)
{
    private const int BatchSize = 2000;

    private static readonly string[] FirstNames = ["Ana", "Elira", "Mirela", "Klea", "Sara", "Arta", "Besa", "Drita", "Ilir", "Gent", "Erion", "Kledi", "Blerta", "Teuta", "Jonida", "Orges", "Redon", "Flutura", "Rudina", "Valbona"];
    // Surnames built from syllables, so invented people rarely share a name (as real ones rarely do).
    private static readonly string[] Syllables = ["ko", "dra", "ni", "ba", "sha", "le", "ka", "ma", "ri", "do", "ce", "li", "pri", "fti", "de", "hy", "ça", "rë", "gjo", "me", "ta", "ku", "ze", "bo", "shi", "na", "ve", "lo", "mi", "tu"];

    private static string Surname(Random random)
    {
        var name = string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    public async Task GenerateAsync(int count, TextWriter output, CancellationToken ct = default)
    {
        var random = new Random(20261122);
        var agencies = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.Code, a.Kind, a.CountyId }).ToListAsync(ct);
        var police = agencies.Where(a => a.Code.StartsWith("DVP-", StringComparison.Ordinal)).ToList();
        var social = agencies.Where(a => a.Code.StartsWith("SHSSH-", StringComparison.Ordinal)).ToList();
        var leads = agencies.Where(a => a.Code.StartsWith("DVP-", StringComparison.Ordinal) || a.Code.StartsWith("SHSSH-", StringComparison.Ordinal) || a.Kind is AgencyKind.Shelter or AgencyKind.ChildProtection).ToList();
        var receivers = agencies.Where(a => a.Kind is AgencyKind.Shelter or AgencyKind.SocialService or AgencyKind.ChildProtection or AgencyKind.Ngo).ToList();
        var municipalities = await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.CountyId }).ToListAsync(ct);
        var userId = await db.Users.OrderBy(u => u.Email).Select(u => u.Id).FirstOrDefaultAsync(ct) ?? "generator";
        var sequences = await db.CaseNumberSequences.ToDictionaryAsync(s => s.Year, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var forms = Enum.GetValues<ExploitationForms>().Where(f => f != ExploitationForms.None).ToArray();
        var channels = Enum.GetValues<IdentificationChannel>();
        var services = Enum.GetValues<ReferralServices>().Where(s => s != ReferralServices.None).ToArray();
        var note = protector.Seal("Takim me personin; u diskutuan nevojat për strehim dhe mbështetje.");
        var reason = protector.Seal("Arsye e shënuar nga gjeneratori.");
        var watch = Stopwatch.StartNew();

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var done = 0; done < count;)
        {
            var batch = Math.Min(BatchSize, count - done);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var created = new List<(Case Case, int LeadId, AgencyKind LeadKind, DateTime At)>();
            for (var i = 0; i < batch; i++)
            {
                var registeredAt = now.AddDays(-random.Next(0, 20 * 365)).AddMinutes(-random.Next(0, 1440));
                if (!sequences.TryGetValue(registeredAt.Year, out var sequence))
                {
                    sequence = new CaseNumberSequence { Year = registeredAt.Year };
                    sequences[registeredAt.Year] = sequence;
                    db.CaseNumberSequences.Add(sequence);
                }

                sequence.Last++;
                var municipality = municipalities[random.Next(municipalities.Count)];
                var lead = leads[random.Next(leads.Count)];
                var policeAgency = police.FirstOrDefault(p => p.CountyId == municipality.CountyId) ?? police[0];
                var socialAgency = social.FirstOrDefault(s => s.CountyId == municipality.CountyId) ?? social[0];
                var @case = Case.Register($"AT-{registeredAt.Year}-{sequence.Last:D5}", lead.Id, userId, registeredAt, policeAgency.Id, socialAgency.Id);
                @case.SetIdentity(protector.Protect(new PersonIdentity(
                    FirstNames[random.Next(FirstNames.Length)], Surname(random), null,
                    random.Next(3) == 0 ? null : $"J{random.Next(10_000_000, 99_999_999)}{(char)('A' + random.Next(26))}", null, null)));
                @case.Sex = random.Next(10) < 7 ? Sex.Female : Sex.Male;
                @case.SetAgeFacts(DateOnly.FromDateTime(registeredAt), null, random.Next(10, 45));
                @case.Citizenship = random.Next(10) == 0 ? "XK" : "AL";
                @case.CountyId = municipality.CountyId;
                @case.MunicipalityId = municipality.Id;
                @case.Forms = forms[random.Next(forms.Length)] | (random.Next(4) == 0 ? forms[random.Next(forms.Length)] : ExploitationForms.None);
                @case.Means = ControlMeans.Threats | (random.Next(2) == 0 ? ControlMeans.FalsePromises : ControlMeans.None);
                @case.Channel = channels[random.Next(channels.Length)];
                @case.IsCrossBorder = random.Next(3) == 0;
                _ = @case.RecordConsent(ConsentSubject.DataSharing, true, @case.IsMinor ? ConsentGiver.Guardian : ConsentGiver.Person, userId, lead.Id, registeredAt);
                _ = @case.AddNote(note, userId, lead.Id, registeredAt.AddDays(1));
                if (random.Next(5) == 0)
                {
                    _ = @case.Close(ClosureReason.Reintegrated, userId, lead.Id, default, registeredAt.AddDays(200));
                }

                db.Cases.Add(@case);
                created.Add((@case, lead.Id, lead.Kind, registeredAt));
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);

            // The cases have their ids now: about three referrals each, in every state.
            var referrals = new List<Referral>();
            foreach (var (@case, leadId, leadKind, registeredAt) in created)
            {
                for (var r = random.Next(1, 6); r > 0; r--)
                {
                    var receiver = receivers[random.Next(receivers.Count)];
                    var context = new ReferralContext(@case.Id, @case.RegisteredAt, false, @case.IsMinor, true, leadId, leadKind);
                    var sentAt = registeredAt.AddHours(random.Next(1, 2000));
                    if (!Referral.Send(context, receiver.Id, userId, services[random.Next(services.Length)], (Urgency)random.Next(1, 4), TimeSpan.FromDays(3), default, default, sentAt, out var referral).Succeeded)
                    {
                        continue;
                    }

                    MoveOn(referral!, random, receiver.Id, leadId, userId, reason, sentAt);
                    referrals.Add(referral!);
                }
            }

            db.Referrals.AddRange(referrals);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            foreach (var sequence in sequences.Values)
            {
                db.Attach(sequence);
            }

            done += batch;
            await output.WriteLineAsync($"{done:N0} / {count:N0} cases ({done / Math.Max(1, watch.Elapsed.TotalSeconds):N0} a second)");
        }
    }

    /// <summary>Leaves a sent referral where one in six stays, or moves it on to one of the other states.</summary>
    private static void MoveOn(Referral referral, Random random, int receiverId, int leadId, string userId, SealedText reason, DateTime sentAt)
    {
        switch (random.Next(6))
        {
            case 1: referral.Accept(receiverId, userId, sentAt.AddHours(random.Next(1, 100))); break;
            case 2: referral.Decline(receiverId, userId, reason, sentAt.AddHours(random.Next(1, 100))); break;
            case 3: referral.Accept(receiverId, userId, sentAt.AddHours(5)); referral.RecordService(receiverId, userId, ReferralServices.ShelterAccommodation, DateOnly.FromDateTime(sentAt.AddDays(1)), default, sentAt.AddDays(1)); break;
            case 4: referral.Accept(receiverId, userId, sentAt.AddHours(5)); referral.Complete(receiverId, userId, reason, sentAt.AddDays(30)); break;
            case 5: referral.Withdraw(leadId, userId, reason, sentAt.AddHours(3)); break;
        }
    }
}
