using System.Net;
using AntiTrafik.Domain;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Security;

/// <summary>
/// Requests that once answered 500 (dates no calendar arithmetic can hold, a month that starts at a time the clocks
/// skipped, an institution the database does not know) now give the page or form again with a message in the user's
/// language, and change nothing saved. The portal's one date rule (<see cref="PlausibleDates"/>) refuses year 1 and
/// year 9999 on every kind of record.
/// </summary>
public sealed class ImplausibleInputTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static int _bulletinNumber = 9000;

    private DateOnly Today => PortalTime.Today(portal.Clock);

    /// <summary>The Albanian message for a day outside the range of events, deadlines and periods.</summary>
    private string RangeMessage => $"Jepni një datë nga 01.01.1990 deri më {Today.AddYears(PlausibleDates.YearsAhead):dd.MM.yyyy}.";

    [Theory]
    [InlineData("1984-04")]
    [InlineData("1984-03")]
    [InlineData("1975-04")]
    [InlineData("1975-05")]
    [InlineData("9999-12")]
    [InlineData("0001-01")]
    public async Task A_calendar_month_no_record_can_be_in_shows_this_month_and_says_why(string month)
    {
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var response = await coordinator.GetAsync($"/Meetings?calendar=true&month={month}");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"form-errors\"", page);
        Assert.Contains(RangeMessage, page);
        Assert.Contains($"value=\"{Today:yyyy-MM}\"", page);
    }

    [Theory]
    [InlineData("/Statistics")]
    [InlineData("/Audit")]
    [InlineData("/Meetings")]
    public async Task A_period_from_year_1_to_year_9999_is_not_applied_and_the_page_says_why(string url)
    {
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var response = await coordinator.GetAsync(url + "?From=0001-01-01&To=9999-12-31");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"form-errors\"", page);
        Assert.Contains(RangeMessage, page);
    }

    [Fact]
    public async Task The_reason_is_given_in_English_to_someone_who_chose_English()
    {
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        await coordinator.SubmitAsync("/Statistics", "/Language/Set", [new("culture", "en"), new("returnUrl", "/")]);
        var page = await coordinator.GetPageAsync("/Statistics?From=0001-01-01&To=9999-12-31&Year=99999");
        Assert.Contains($"Give a date from 01.01.1990 to {Today.AddYears(PlausibleDates.YearsAhead):dd.MM.yyyy}.", page);
        Assert.Contains($"Give a year from 1990 to {Today.AddYears(PlausibleDates.YearsAhead).Year}.", page);
    }

    [Fact]
    public async Task An_annual_export_of_an_implausible_year_is_refused_before_it_starts()
    {
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var response = await coordinator.SubmitAsync("/Statistics", "/Statistics/Ctdc?year=99999", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/Statistics", response.Headers.Location!.OriginalString);
        Assert.Contains("Jepni një vit nga 1990", await coordinator.GetPageAsync("/Statistics"));
    }

    [Fact]
    public async Task A_bulletin_to_year_9999_gives_the_form_again_with_the_reason_and_is_not_created()
    {
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var before = await portal.WithDbAsync(db => db.Bulletins.CountAsync());
        var response = await coordinator.SubmitAsync("/Bulletins/New",
            [new("Number", Interlocked.Increment(ref _bulletinNumber).ToString()), new("PeriodFrom", "2018-01-01"), new("PeriodTo", "9999-12-31"), new("Introduction", "Hyrje")]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(RangeMessage, page);
        Assert.Equal(before, await portal.WithDbAsync(db => db.Bulletins.CountAsync()));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("999")]
    public async Task A_training_counted_for_an_institution_the_portal_does_not_know_gives_the_form_again_and_is_not_saved(string agencyId)
    {
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var before = await portal.WithDbAsync(db => db.Trainings.CountAsync());
        var response = await coordinator.SubmitAsync("/Trainings/New",
        [
            new("Title", "Trajnim me institucion të panjohur"), new("Kind", "Training"), new("StartsOn", "2026-05-05"), new("State", "Held"),
            new("Counts[0].AgencyId", agencyId), new("Counts[0].Women", "3"), new("Version", "0"),
        ]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Zgjidhni institucione nga lista.", page);
        Assert.Equal(before, await portal.WithDbAsync(db => db.Trainings.CountAsync()));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task The_date_rule_refuses_year_1_and_year_9999_on_every_kind_of_record(string date)
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Datë", "Rregull" + Guid.NewGuid().ToString("N")[..6]);
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        var meeting = await MeetingForms.ScheduledAsync(portal, secretary, "Takim për rregullin e datave " + Guid.NewGuid().ToString("N")[..6]);
        var before = await CountsAsync();

        var refused = new List<(string What, HttpResponseMessage Response)>
        {
            ("case identified", await police.SubmitAsync("/Cases/Register", await CaseForms.ValidAsync(portal, overrides: ("IdentifiedOn", date)))),
            ("case born", await police.SubmitAsync("/Cases/Register", await CaseForms.ValidAsync(portal, overrides: ("DateOfBirth", date)))),
            ("training", await coordinator.SubmitAsync("/Trainings/New",
                [new("Title", "Trajnim i vitit të gabuar"), new("Kind", "Training"), new("StartsOn", date), new("State", "Planned"), new("Version", "0")])),
            ("training end", await coordinator.SubmitAsync("/Trainings/New",
                [new("Title", "Trajnim i vitit të gabuar"), new("Kind", "Training"), new("StartsOn", "2026-05-05"), new("EndsOn", date), new("State", "Planned"), new("Version", "0")])),
            ("activity", await coordinator.SubmitAsync("/Trainings/Activities/New",
                [new("Title", "Aktivitet i vitit të gabuar"), new("StartsOn", date), new("Version", "0")])),
            ("meeting", await MeetingForms.ScheduleAsync(portal, secretary, "Takim i vitit të gabuar", startsAt: date + "T10:00")),
            ("meeting action", await MeetingForms.AddActionAsync(portal, secretary, meeting, "Veprim i vitit të gabuar", "DVP-TIRANE", due: date)),
            ("bulletin", await coordinator.SubmitAsync("/Bulletins/New",
                [new("Number", Interlocked.Increment(ref _bulletinNumber).ToString()), new("PeriodFrom", date), new("PeriodTo", "2026-01-31")])),
        };
        foreach (var (what, response) in refused)
        {
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: {(int)response.StatusCode}");
            Assert.True(page.Contains(RangeMessage, StringComparison.Ordinal) || page.Contains("Data nuk mund të jetë në të ardhmen.", StringComparison.Ordinal)
                || page.Contains("Jepni një datë nga", StringComparison.Ordinal), $"{what}: no reason on the page");
        }

        // A service delivered: refused on the case page the caseworker is sent back to.
        var service = await police.SubmitAsync($"/Cases/{caseId}", $"/Referrals/{referral}/Services",
            [new("Service", "ShelterAccommodation"), new("DeliveredOn", date), new("Version", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, service.StatusCode);
        Assert.Contains("data-testid=\"problem\"", await police.GetPageAsync($"/Cases/{caseId}"));

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_meeting_at_a_time_the_clocks_skip_is_saved_at_the_moment_after_the_change()
    {
        // Summer time begins on 28 March 2027 at 02:00, when the clocks jump to 03:00: 02:30 does not exist in Albania.
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var title = "Takim në orën që nuk ekziston " + Guid.NewGuid().ToString("N")[..6];
        var id = await MeetingForms.ScheduledAsync(portal, secretary, title, startsAt: "2027-03-28T02:30");
        var startsAt = await portal.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.StartsAt).SingleAsync());
        Assert.Equal(new DateTime(2027, 3, 28, 1, 30, 0), startsAt);
        Assert.Contains("03:30", await secretary.GetPageAsync($"/Meetings/{id}"));
    }

    [Fact]
    public void A_local_time_the_clocks_skipped_is_read_with_the_offset_before_the_change()
    {
        // On 1 April 1984 summer time began at midnight: 00:00–00:59 did not exist.
        Assert.Equal(new DateTime(1984, 3, 31, 23, 0, 0, DateTimeKind.Utc), PortalTime.ToUtc(new DateTime(1984, 4, 1)));
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), PortalTime.ToUtc(new DateTime(2026, 3, 29, 2, 30, 0)));
        Assert.Equal(new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc), PortalTime.ToUtc(new DateTime(2026, 7, 1, 10, 0, 0)));
    }

    [Fact]
    public void The_date_rule_takes_events_from_1990_to_ten_years_ahead_births_up_to_120_years_back_and_nothing_that_happened_after_today()
    {
        var today = new DateOnly(2026, 12, 1);
        Assert.True(PlausibleDates.IsPlausible(new DateOnly(1990, 1, 1), DateKind.Event, today));
        Assert.False(PlausibleDates.IsPlausible(new DateOnly(1989, 12, 31), DateKind.Event, today));
        Assert.True(PlausibleDates.IsPlausible(new DateOnly(2036, 12, 1), DateKind.Deadline, today));
        Assert.False(PlausibleDates.IsPlausible(new DateOnly(2036, 12, 2), DateKind.Period, today));
        Assert.False(PlausibleDates.IsPlausible(new DateOnly(2026, 12, 2), DateKind.Happened, today));
        Assert.True(PlausibleDates.IsPlausible(new DateOnly(1930, 5, 5), DateKind.Birth, today));
        Assert.False(PlausibleDates.IsPlausible(new DateOnly(1900, 5, 5), DateKind.Birth, today));
        Assert.False(PlausibleDates.IsPlausible(DateOnly.MinValue, DateKind.Birth, today));
        Assert.False(PlausibleDates.IsPlausible(DateOnly.MaxValue, DateKind.Event, today));
        Assert.True(PlausibleDates.IsPlausibleYear(2036, today));
        Assert.False(PlausibleDates.IsPlausibleYear(2037, today));
        Assert.False(PlausibleDates.IsPlausibleYear(1989, today));
    }

    private Task<string> CountsAsync() => portal.WithDbAsync(async db => string.Join(",",
        await db.Cases.CountAsync(), await db.Trainings.CountAsync(), await db.AwarenessActivities.CountAsync(), await db.Meetings.CountAsync(),
        await db.ActionItems.CountAsync(), await db.Bulletins.CountAsync(), await db.ServiceDeliveries.CountAsync()));
}
