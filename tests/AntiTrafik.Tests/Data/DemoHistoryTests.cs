using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Domain.Trainings;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Data;

/// <summary>A portal with the demo accounts and the invented ten-year history (<c>Demo:History</c>), as Development runs.</summary>
public class DemoHistoryPortal : PortalFactory
{
    public DemoHistoryPortal()
    {
    }

    /// <summary>A restart on the same database and keys.</summary>
    protected DemoHistoryPortal(DemoHistoryPortal first) : base(first)
    {
    }

    public static DemoHistoryPortal Restart(DemoHistoryPortal first) => new(first);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:History", "true");
    }
}

public sealed partial class DemoHistoryTests(DemoHistoryPortal portal) : IClassFixture<DemoHistoryPortal>
{
    private static readonly string HistoryStaff = "@" + DemoHistory.StaffDomain;

    private DateOnly Today => PortalTime.Today(portal.Clock);

    /// <summary>The invented history's cases: those its staff registered (the eight demo cases are the demo accounts').</summary>
    private static IQueryable<Case> History(AntiTrafik.Data.AppDbContext db) =>
        db.Cases.Where(c => db.Users.Any(u => u.Id == c.RegisteredById && u.Email!.EndsWith(HistoryStaff)));

    [Fact]
    public async Task About_a_hundred_people_are_identified_in_each_of_the_ten_years_up_to_this_one()
    {
        var byYear = await portal.WithDbAsync(db => History(db).GroupBy(c => c.IdentifiedOn.Year).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));

        for (var year = Today.Year - 9; year < Today.Year; year++)
        {
            Assert.InRange(byYear.GetValueOrDefault(year), 85, 135);
        }

        // This year, its share of the days gone by; nothing after today.
        var share = (Today.DayOfYear - 1) / (double)(DateTime.IsLeapYear(Today.Year) ? 366 : 365);
        Assert.InRange(byYear.GetValueOrDefault(Today.Year), (int)(85 * share), 135);
        Assert.Equal(Today.Year - 9, byYear.Keys.Min());
        Assert.False(await portal.WithDbAsync(db => History(db).AnyAsync(c => c.IdentifiedOn >= Today)));
    }

    [Fact]
    public async Task The_proportions_are_those_of_the_published_statistics_roughly()
    {
        var cases = await portal.WithDbAsync(db => History(db).Select(c => new { c.Sex, c.IsMinor, c.Forms, County = c.County!.Name, c.Citizenship }).ToListAsync());

        Assert.InRange(cases.Count(c => c.Sex == Sex.Female) / (double)cases.Count, 0.65, 0.85);
        Assert.InRange(cases.Count(c => c.IsMinor) / (double)cases.Count, 0.30, 0.55);
        var forms = Enum.GetValues<ExploitationForms>().Where(f => f != ExploitationForms.None)
            .ToDictionary(f => f, f => cases.Count(c => c.Forms.HasFlag(f)));
        var largest = forms.OrderByDescending(f => f.Value).Select(f => f.Key).ToList();
        Assert.Equal(ExploitationForms.SexualExploitation, largest[0]);
        Assert.Equal([ExploitationForms.ForcedLabour, ExploitationForms.ForcedBegging], largest.Skip(1).Take(2).Order());
        Assert.True(forms[ExploitationForms.SexualExploitation] > cases.Count * 0.4, "Sexual exploitation is about half of all cases.");
        Assert.InRange(cases.Count(c => c.Citizenship == "AL") / (double)cases.Count, 0.8, 0.95);

        var byCounty = cases.GroupBy(c => c.County).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(12, byCounty.Count);
        Assert.All(byCounty.Values, count => Assert.True(count >= 10));
        Assert.Equal("Tiranë", byCounty.MaxBy(c => c.Value).Key);
    }

    [Fact]
    public async Task Identifications_are_decided_for_most_older_cases_and_pending_for_recent_ones_and_older_cases_are_mostly_closed()
    {
        var cases = await portal.WithDbAsync(db => History(db).Select(c => new { c.IdentifiedOn, c.Status, c.ClosedAt, Assessments = c.Assessments.Count }).ToListAsync());
        var older = cases.Where(c => c.IdentifiedOn < Today.AddYears(-1)).ToList();
        var recent = cases.Where(c => c.IdentifiedOn > Today.AddDays(-120)).ToList();

        Assert.InRange(older.Count(c => c.Status == CaseStatus.OfficialVictim) / (double)older.Count, 0.45, 0.65);
        Assert.Contains(older, c => c.Status == CaseStatus.NotAVictim);
        Assert.True(recent.Count(c => c.Status == CaseStatus.PotentialVictim) > recent.Count / 2);
        Assert.Contains(recent, c => c.Status == CaseStatus.PotentialVictim && c.Assessments == 1);
        Assert.True(older.Count(c => c.ClosedAt is not null) > older.Count * 0.6);
        Assert.True(recent.Count(c => c.ClosedAt is null) > recent.Count * 0.7);
    }

    [Fact]
    public async Task Referrals_are_in_every_state_and_some_wait_past_their_deadline()
    {
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var states = await portal.WithDbAsync(db => db.Referrals.GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var overdue = await portal.WithDbAsync(db => db.Referrals.Where(Referral.OverdueAt(now)).Select(r => r.ReceivingAgencyId).ToListAsync());

        Assert.All(Enum.GetValues<ReferralState>(), state => Assert.True(states.GetValueOrDefault(state) > 0, $"No referral is {state}."));
        Assert.True(states.Values.Sum() > 1500, "About two referrals a case.");
        Assert.InRange(overdue.Count, 5, 40);
        Assert.True(overdue.Distinct().Count() > 1, "Overdue referrals wait at more than one institution.");
    }

    [Fact]
    public async Task The_escalation_page_shows_the_coordinator_overdue_referrals_by_institution()
    {
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);

        var page = await coordinator.GetPageAsync("/Referrals/Escalation");

        Assert.True(OverdueRow().Matches(page).Count >= 5, "The escalation page lists the overdue referrals.");
        Assert.Contains("orë vonesë", page);
    }

    [Fact]
    public async Task The_CTDC_export_of_last_year_is_not_empty_and_names_no_one()
    {
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var year = Today.Year - 1;

        var csv = Encoding.UTF8.GetString(await BackgroundExportAsync(coordinator, $"/Statistics/Ctdc?year={year}")).TrimStart('\uFEFF');

        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToList();
        Assert.True(rows.Count >= 30, $"Only {rows.Count} rows: k-anonymity should leave most of a year's hundred records.");
        Assert.DoesNotContain("AT-", csv);
        var statistics = await coordinator.GetPageAsync($"/Statistics?Year={year}");
        Assert.Contains("Shfrytëzim seksual", statistics);
    }

    [Fact]
    public async Task Two_bulletins_of_the_last_whole_periods_are_issued_with_their_items()
    {
        var issued = await portal.WithDbAsync(db => db.Bulletins.Where(b => b.State == BulletinState.Issued)
            .Select(b => new { b.Number, b.PeriodFrom, b.PeriodTo, b.IssuedAt, Items = b.Items.Count }).OrderBy(b => b.Number).ToListAsync());

        Assert.Equal(2, issued.Count);
        Assert.Equal(issued[0].Number + 1, issued[1].Number);
        Assert.Equal(issued[0].PeriodTo.AddDays(1), issued[1].PeriodFrom);
        Assert.True(issued[1].PeriodTo < Today);
        Assert.All(issued, b => Assert.True(b.Items > 3, $"Bulletin {b.Number} has {b.Items} items."));
        Assert.All(issued, b => Assert.True(b.IssuedAt > b.PeriodTo.ToDateTime(TimeOnly.MinValue)));
        // Numbered on from the real Nr. 16 of May–August 2018, three a year.
        Assert.Equal(16 + (((issued[0].PeriodFrom.Year - 2018) * 12) + issued[0].PeriodFrom.Month - 5) / 4, issued[0].Number);
    }

    [Fact]
    public async Task Every_page_says_that_the_data_is_invented()
    {
        using var visitor = portal.CreatePortalClient();
        Assert.Contains("Të dhëna demonstrimi: çdo person dhe çdo rast këtu është i shpikur.", await visitor.GetPageAsync("/Account/Login"));

        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var home = await police.GetPageAsync("/");
        Assert.Contains("data-testid=\"demo-notice\"", home);
        Assert.Contains("Të dhëna demonstrimi", await police.GetPageAsync("/Cases?State=All"));
    }

    [Fact]
    public async Task A_restart_adds_nothing()
    {
        var before = await CountsAsync(portal);

        await using var restarted = DemoHistoryPortal.Restart(portal);
        _ = restarted.Services;
        var again = await restarted.WithScopeAsync(services => services.GetRequiredService<DemoHistory>().SeedAsync());

        Assert.Equal(0, again);
        Assert.Equal(before, await CountsAsync(restarted));
    }

    [Fact]
    public async Task The_invented_staff_are_about_a_hundred_caseworkers_without_a_password_who_cannot_sign_in()
    {
        var staff = await portal.WithDbAsync(db => db.Users.Where(u => u.Email!.EndsWith(HistoryStaff))
            .Select(u => new { u.Email, u.PasswordHash, u.NotificationEmail, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList() })
            .ToListAsync());

        Assert.InRange(staff.Count, 90, 110);
        Assert.All(staff, s => Assert.Null(s.PasswordHash));
        Assert.All(staff, s => Assert.Equal([Roles.Caseworker], s.Roles));
        Assert.All(staff, s => Assert.Equal(NotificationEmail.None, s.NotificationEmail));
        using var client = portal.CreatePortalClient();
        foreach (var password in new[] { DemoSeeder.Password, string.Empty, "password" })
        {
            var response = await client.SignInAsync(staff[0].Email!, password);
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Fact]
    public async Task No_invented_name_or_personal_number_is_written_in_the_database_file_in_clear()
    {
        var people = await portal.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AntiTrafik.Data.AppDbContext>();
            var protector = services.GetRequiredService<PersonalDataProtector>();
            var identities = await History(db).OrderBy(c => c.Id).Take(300).Select(c => c.ProtectedIdentity).ToListAsync();
            return identities.Select(protector.Unprotect).ToList();
        });
        var staffNames = await portal.WithDbAsync(db => db.Users.Select(u => u.FullName).ToListAsync());

        var file = ReadShared(portal.DatabasePath) + ReadShared(portal.DatabasePath + "-wal");

        Assert.Equal(300, people.Count);
        foreach (var person in people)
        {
            // A staff member may share an invented victim's name by chance: the users' names are theirs, in clear.
            if (!staffNames.Contains(person.FullName, StringComparer.Ordinal))
            {
                Assert.DoesNotContain(person.FullName, file, StringComparison.Ordinal);
            }

            if (person.PersonalNumber is { } number)
            {
                Assert.DoesNotContain(number, file, StringComparison.Ordinal);
            }
        }

        Assert.Contains(people, p => p.PersonalNumber is not null);
    }

    private static async Task<(int Cases, int Referrals, int Meetings, int Trainings, int Bulletins, int Users)> CountsAsync(PortalFactory factory) =>
        await factory.WithDbAsync(async db => (await db.Cases.CountAsync(), await db.Referrals.CountAsync(), await db.Meetings.CountAsync(),
            await db.Trainings.CountAsync(), await db.Bulletins.CountAsync(), await db.Users.CountAsync()));

    private static string ReadShared(string path)
    {
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Starts a background export as a person would, waits for it as its page does, and downloads it.</summary>
    private static async Task<byte[]> BackgroundExportAsync(PortalClient client, string postUrl)
    {
        var started = await client.SubmitAsync("/Statistics", postUrl, []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var job = started.Headers.Location!.OriginalString;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var page = await client.GetPageAsync(job);
            if (page.Contains("data-testid=\"export-download\"", StringComparison.Ordinal))
            {
                return await (await client.GetAsync(job + "/File")).Content.ReadAsByteArrayAsync();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The export did not finish in time.");
    }

    [GeneratedRegex("<li id=\"referral-[0-9]+\">")]
    private static partial Regex OverdueRow();
}
