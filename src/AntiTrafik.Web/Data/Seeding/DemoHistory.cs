using System.Diagnostics;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Features.Bulletins;
using AntiTrafik.Web.Features.Referrals;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// An invented history of ten years, so that the portal shows what it is for: about a hundred identifications a year
/// in the proportions of <see cref="DemoProportions"/>, decided and pending identifications, referrals in every state
/// (some overdue, for the escalation page), closed and open cases, meetings, trainings, awareness activities and two
/// issued bulletins, by about a hundred invented staff (<c>@histori.antitrafik.demo</c>, without a password: they
/// cannot sign in). Everything is invented, and the portal says so on every page while demo data is on
/// (<c>_DemoNotice.cshtml</c>). Only with the demo accounts and <c>Demo:History</c> true (Development's settings),
/// once: after the first start it finds its staff and adds nothing. One transaction, bulk inserts: a few seconds.
/// </summary>
public sealed class DemoHistory(
    AppDbContext db,
    BulkCases bulk,
    PersonalDataProtector protector,
    ILookupNormalizer normalizer,
    Assemble.Handler bulletins,
    IOptions<ReferralDeadlines> deadlines,
    TimeProvider clock,
    ILogger<DemoHistory> logger)
{
    public const string StaffDomain = "histori.antitrafik.demo";

    /// <summary>How many invented staff each institution has: more where there are more cases.</summary>
    private static readonly (string Code, int Count)[] Staffing =
    [
        .. DemoProportions.Counties.SelectMany(c => new[]
        {
            (AgencyCatalog.PoliceDirectorate(c.County), StaffFor(c.Weight)),
            (AgencyCatalog.SocialServiceDirectorate(c.County), StaffFor(c.Weight)),
            ("NJMF-" + AgencyCatalog.CodeOf(c.County), 1),
        }),
        ("QKPVT", 3), (AgencyCatalog.ShelterDifferentAndEqual, 3), ("TV", 2), ("VATRA", 2), (AgencyCatalog.ChildRightsAgency, 2),
        ("DATM", 2), ("PKM", 1), ("ISHP", 2), ("ARSIS", 2), ("WV", 2), ("IOM", 1), ("CARITAS", 2),
    ];

    public static bool IsEnabled(IHostEnvironment environment, IConfiguration configuration) =>
        DemoSeeder.IsEnabled(environment, configuration) && configuration.GetValue<bool>("Demo:History");

    /// <returns>The number of invented cases added: none when the history is there already.</returns>
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(u => u.Email!.EndsWith("@" + StaffDomain), ct))
        {
            return 0;
        }

        var watch = Stopwatch.StartNew();
        var cases = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var random = new Random(DemoProportions.Seed);
            var now = clock.GetUtcNow().UtcDateTime;
            await bulk.StartAsync(ct);
            await AddStaffAsync(random, now, ct);
            await bulk.SaveAsync(ct);
            var world = await DemoWorld.ReadAsync(db, ct);
            var written = await new DemoHistoryCases(bulk, protector, deadlines.Value, world, random, now).WriteAsync(ct);
            await new DemoHistoryActivities(db, bulletins, world, random, now).WriteAsync(ct);
            await bulk.SaveAsync(ct);
            await transaction.CommitAsync(ct);
            return written;
        });
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        logger.LogInformation("Demo history: {Cases} invented cases and their referrals, meetings and trainings written in {Seconds:N1} s", cases, watch.Elapsed.TotalSeconds);
        return cases;
    }

    private static int StaffFor(double countyWeight) => countyWeight >= 20 ? 5 : countyWeight >= 8 ? 3 : 2;

    private async Task AddStaffAsync(Random random, DateTime now, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id, StringComparer.Ordinal, ct);
        var caseworker = await db.Roles.Where(r => r.Name == Roles.Caseworker).Select(r => r.Id).SingleAsync(ct);
        var since = new DateTime(now.Year - DemoProportions.PerYear.Length + 1, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        var emails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, count) in Staffing)
        {
            for (var i = 0; i < count; i++)
            {
                var sex = random.Chance(0.6) ? Domain.Cases.Sex.Female : Domain.Cases.Sex.Male;
                var (first, last) = (InventedNames.FirstName(random, sex), InventedNames.Surname(random));
                var local = PlainText.WithoutMarks($"{first}.{last}", '.').ToLowerInvariant();
                var email = $"{local}@{StaffDomain}";
                for (var n = 2; !emails.Add(email); n++)
                {
                    email = $"{local}{n}@{StaffDomain}";
                }

                var user = new ApplicationUser
                {
                    UserName = email,
                    NormalizedUserName = normalizer.NormalizeName(email),
                    Email = email,
                    NormalizedEmail = normalizer.NormalizeEmail(email),
                    EmailConfirmed = true,
                    FullName = $"{first} {last}",
                    AgencyId = agencies[code],
                    CreatedAt = since,
                    // Nobody reads their mail: the portal writes them none.
                    NotificationEmail = NotificationEmail.None,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = caseworker });
            }
        }
    }
}

/// <summary>What the history is written among: institutions, places and the invented staff of each institution.</summary>
internal sealed record DemoWorld(
    IReadOnlyDictionary<string, DemoWorld.Institution> Agencies,
    IReadOnlyDictionary<string, int> Counties,
    IReadOnlyDictionary<int, IReadOnlyList<(int Id, string Name)>> MunicipalitiesByCounty,
    IReadOnlyDictionary<int, IReadOnlyList<DemoWorld.Person>> StaffByAgency)
{
    public sealed record Institution(int Id, string Code, string Name, AgencyKind Kind, int? CountyId);

    public sealed record Person(string Id, string Name, int AgencyId);

    public Institution this[string code] => Agencies[code];

    public bool HasStaff(string code) => Agencies.TryGetValue(code, out var agency) && StaffByAgency.ContainsKey(agency.Id);

    public Person AnyStaff(Random random, int agencyId) => random.Any(StaffByAgency[agencyId]);

    public static async Task<DemoWorld> ReadAsync(AppDbContext db, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().Select(a => new Institution(a.Id, a.Code, a.Name, a.Kind, a.CountyId)).ToListAsync(ct);
        var counties = await db.Counties.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Id, StringComparer.Ordinal, ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.Name, m.CountyId }).ToListAsync(ct);
        var staff = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@" + DemoHistory.StaffDomain)).OrderBy(u => u.Email)
            .Select(u => new Person(u.Id, u.FullName, u.AgencyId)).ToListAsync(ct);
        return new DemoWorld(
            agencies.ToDictionary(a => a.Code, StringComparer.Ordinal),
            counties,
            municipalities.GroupBy(m => m.CountyId).ToDictionary(g => g.Key, g => (IReadOnlyList<(int, string)>)g.Select(m => (m.Id, m.Name)).ToList()),
            staff.GroupBy(s => s.AgencyId).ToDictionary(g => g.Key, g => (IReadOnlyList<Person>)g.ToList()));
    }
}
