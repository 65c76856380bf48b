using System.Diagnostics;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Features.Cases;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// Fills a database with invented but realistic cases for benchmarks, through the same model and encryption
/// as the portal: cases over twenty years in every county, consent, notes, and about three referrals per
/// case in every state. Written through <see cref="BulkCases"/> (the rules of registration and referral, batched
/// inserts), one transaction per batch, progress on the console. Run with
/// <c>dotnet run --project src/AntiTrafik.Web -c Release -- --Generate:Cases=100000</c> (demo accounts
/// must exist: Development, or <c>--Demo:SeedAccounts=true</c> outside Production).
/// </summary>
public sealed class LargeDataGenerator(AppDbContext db, BulkCases bulk, PersonalDataProtector protector, TimeProvider clock)
{
    private const int BatchSize = 2000;

    public async Task GenerateAsync(int count, TextWriter output, CancellationToken ct = default)
    {
        // The draws below keep their order from one version to the next, so the bench's data stays the same.
        var random = new Random(20261122);
        var agencies = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.Code, a.Kind, a.CountyId }).ToListAsync(ct);
        var police = agencies.Where(a => a.Code.StartsWith("DVP-", StringComparison.Ordinal)).ToList();
        var social = agencies.Where(a => a.Code.StartsWith("SHSSH-", StringComparison.Ordinal)).ToList();
        var leads = agencies.Where(a => a.Code.StartsWith("DVP-", StringComparison.Ordinal) || a.Code.StartsWith("SHSSH-", StringComparison.Ordinal) || a.Kind is AgencyKind.Shelter or AgencyKind.ChildProtection).ToList();
        var receivers = agencies.Where(a => a.Kind is AgencyKind.Shelter or AgencyKind.SocialService or AgencyKind.ChildProtection or AgencyKind.Ngo).ToList();
        var municipalities = await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.CountyId }).ToListAsync(ct);
        var userId = await db.Users.OrderBy(u => u.Email).Select(u => u.Id).FirstOrDefaultAsync(ct) ?? "generator";
        var now = clock.GetUtcNow().UtcDateTime;
        var forms = Enum.GetValues<ExploitationForms>().Where(f => f != ExploitationForms.None).ToArray();
        var channels = Enum.GetValues<IdentificationChannel>();
        var services = Enum.GetValues<ReferralServices>().Where(s => s != ReferralServices.None).ToArray();
        var note = protector.Seal("Takim me personin; u diskutuan nevojat për strehim dhe mbështetje.");
        var reason = protector.Seal("Arsye e shënuar nga gjeneratori.");
        var watch = Stopwatch.StartNew();

        await bulk.StartAsync(ct);
        for (var done = 0; done < count;)
        {
            var batch = Math.Min(BatchSize, count - done);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var created = new List<(Case Case, int LeadId, AgencyKind LeadKind, DateTime At, bool Closes)>();
            for (var i = 0; i < batch; i++)
            {
                var registeredAt = now.AddDays(-random.Next(0, 20 * 365)).AddMinutes(-random.Next(0, 1440));
                var municipality = municipalities[random.Next(municipalities.Count)];
                var lead = leads[random.Next(leads.Count)];
                var firstName = InventedNames.Bench[random.Next(InventedNames.Bench.Length)];
                var lastName = InventedNames.Surname(random);
                var personalNumber = random.Next(3) == 0 ? null : $"J{random.Next(10_000_000, 99_999_999)}{(char)('A' + random.Next(26))}";
                var sex = random.Next(10) < 7 ? Sex.Female : Sex.Male;
                var age = random.Next(10, 45);
                var citizenship = random.Next(10) == 0 ? "XK" : "AL";
                var firstForm = forms[random.Next(forms.Length)];
                var secondForm = random.Next(4) == 0 ? forms[random.Next(forms.Length)] : firstForm;
                var means = random.Next(2) == 0 ? new List<ControlMeans> { ControlMeans.Threats, ControlMeans.FalsePromises } : [ControlMeans.Threats];
                var channel = channels[random.Next(channels.Length)];
                var crossBorder = random.Next(3) == 0;
                var form = new CaseForm
                {
                    FirstName = firstName,
                    LastName = lastName,
                    PersonalNumber = personalNumber,
                    Sex = sex,
                    IdentifiedOn = DateOnly.FromDateTime(registeredAt),
                    EstimatedAge = age,
                    Citizenship = citizenship,
                    CountyId = municipality.CountyId,
                    MunicipalityId = municipality.Id,
                    Forms = [.. new[] { firstForm, secondForm }.Distinct()],
                    Means = means,
                    Channel = channel,
                    IsCrossBorder = crossBorder,
                    PoliceAgencyId = (police.FirstOrDefault(p => p.CountyId == municipality.CountyId) ?? police[0]).Id,
                    SocialServiceAgencyId = (social.FirstOrDefault(s => s.CountyId == municipality.CountyId) ?? social[0]).Id,
                    ConsentToAssistance = true,
                    ConsentToShare = true,
                    ConsentGivenBy = age < Age.Adult ? ConsentGiver.Guardian : ConsentGiver.Person,
                };
                var @case = bulk.Register(form, lead.Id, userId, registeredAt);
                _ = @case.AddNote(note, userId, lead.Id, registeredAt.AddDays(1));
                created.Add((@case, lead.Id, lead.Kind, registeredAt, Closes: random.Next(5) == 0));
            }

            await bulk.SaveAsync(ct);

            // The cases have their ids now: about three referrals each, in every state; a case closes after its referrals.
            foreach (var (@case, leadId, leadKind, registeredAt, closes) in created)
            {
                for (var r = random.Next(1, 6); r > 0; r--)
                {
                    var receiver = receivers[random.Next(receivers.Count)];
                    var sentAt = registeredAt.AddHours(random.Next(1, 2000));
                    if (bulk.Send(@case, leadId, leadKind, userId, receiver.Id, services[random.Next(services.Length)], (Urgency)random.Next(1, 4),
                            TimeSpan.FromDays(3), default, sentAt) is { } referral)
                    {
                        MoveOn(referral, @case, random, userId, reason, sentAt);
                    }
                }

                if (closes)
                {
                    _ = @case.Close(ClosureReason.Reintegrated, userId, leadId, default, registeredAt.AddDays(200));
                }
            }

            await bulk.SaveAsync(ct);
            await transaction.CommitAsync(ct);
            bulk.Forget();
            done += batch;
            await output.WriteLineAsync($"{done:N0} / {count:N0} cases ({done / Math.Max(1, watch.Elapsed.TotalSeconds):N0} a second)");
        }
    }

    /// <summary>Leaves a sent referral where one in six stays, or moves it on to one of the other states.</summary>
    private void MoveOn(Referral referral, Case @case, Random random, string userId, SealedText reason, DateTime sentAt)
    {
        switch (random.Next(6))
        {
            case 1: bulk.Accept(referral, @case, userId, sentAt.AddHours(random.Next(1, 100))); break;
            case 2: bulk.Decline(referral, @case, userId, reason, sentAt.AddHours(random.Next(1, 100))); break;
            case 3:
                bulk.Accept(referral, @case, userId, sentAt.AddHours(5));
                bulk.RecordService(referral, @case, userId, ReferralServices.ShelterAccommodation, DateOnly.FromDateTime(sentAt.AddDays(1)), default, sentAt.AddDays(1));
                break;
            case 4: bulk.Accept(referral, @case, userId, sentAt.AddHours(5)); bulk.Complete(referral, @case, userId, reason, sentAt.AddDays(30)); break;
            case 5: bulk.Withdraw(referral, @case, userId, reason, sentAt.AddHours(3)); break;
        }
    }
}
