using System.Net;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Features.Notifications;

/// <summary>New caseworkers of one institution, each choosing how they hear of its notifications by e-mail.</summary>
internal static class Caseworkers
{
    public const string Password = "Njoftime-Strehez-2026!";

    public static string UniqueEmail(string name) => $"{name}.{Guid.NewGuid().ToString("N")[..6]}@tdb.test";

    /// <returns>The person, signed in, having chosen <paramref name="choice"/> on their page (when given).</returns>
    public static async Task<PortalClient> CreateAsync(PortalFactory portal, PortalClient admin, string email, string? choice = null, string agency = "TDB")
    {
        await Users.CreateWithPasswordAsync(portal, admin, email, Password, agencyCode: agency);
        var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(email, Password);
        if (choice is not null)
        {
            var chosen = await client.SubmitAsync("/Notifications/Email", [new("Choice", choice)]);
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        }

        return client;
    }

    public static async Task DisableAsync(PortalFactory portal, PortalClient admin, string email)
    {
        var id = await Users.IdOfAsync(portal, email);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Administration/Users", $"/Administration/Users/Disable/{id}", [])).StatusCode);
    }

    public static Task<NotificationEmail> ChoiceOfAsync(PortalFactory portal, string email) =>
        portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.NotificationEmail).SingleAsync());
}

public sealed class EmailChoiceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Each_person_is_e_mailed_as_they_chose_and_a_disabled_account_never()
    {
        using var admin = await portal.SignedInClientAsync(Demo.Admin);
        var (atOnce, digest, none, disabled) = (Caseworkers.UniqueEmail("menjehere"), Caseworkers.UniqueEmail("permbledhje"), Caseworkers.UniqueEmail("asnje"), Caseworkers.UniqueEmail("joaktiv"));
        using var atOnceClient = await Caseworkers.CreateAsync(portal, admin, atOnce);
        using var digestClient = await Caseworkers.CreateAsync(portal, admin, digest, "DailyDigest");
        using var noneClient = await Caseworkers.CreateAsync(portal, admin, none, "None");
        using var disabledClient = await Caseworkers.CreateAsync(portal, admin, disabled, "AtOnce");
        await Caseworkers.DisableAsync(portal, admin, disabled);
        Assert.Equal(NotificationEmail.AtOnce, await Caseworkers.ChoiceOfAsync(portal, atOnce));
        Assert.Equal(NotificationEmail.DailyDigest, await Caseworkers.ChoiceOfAsync(portal, digest));
        Assert.Equal(NotificationEmail.None, await Caseworkers.ChoiceOfAsync(portal, none));

        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Mira", "Zgjedhje");
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync());
        await ReferralSteps.SentAsync(portal, police, caseId, "TDB");

        var told = portal.Mails().Where(m => m.Contains(number, StringComparison.Ordinal)).Select(NotificationTests.To).ToList();
        Assert.Contains(atOnce, told);
        Assert.Contains(Demo.ShelterTdb, told);
        Assert.DoesNotContain(digest, told);
        Assert.DoesNotContain(none, told);
        Assert.DoesNotContain(disabled, told);
        // The portal tells everyone of the institution alike, whatever they chose for e-mail.
        Assert.Contains(number, await noneClient.GetPageAsync("/Notifications"));
        Assert.Contains("value=\"DailyDigest\" checked=\"checked\"", await digestClient.GetPageAsync("/Notifications/Email"));
    }

    [Theory]
    [InlineData("Bogus")]
    [InlineData("999")]
    [InlineData("-1")]
    [InlineData("")]
    [InlineData("<script>alert(1)</script>")]
    public async Task The_choice_refuses_what_is_not_one_of_the_ways_with_a_message_and_keeps_the_old_one(string posted)
    {
        using var admin = await portal.SignedInClientAsync(Demo.Admin);
        var email = Caseworkers.UniqueEmail("armiqesor");
        using var client = await Caseworkers.CreateAsync(portal, admin, email, "DailyDigest");

        var response = await client.SubmitAsync("/Notifications/Email", [new("Choice", posted)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Zgjidhni një nga mënyrat si të njoftoheni me e-mail.", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Equal(NotificationEmail.DailyDigest, await Caseworkers.ChoiceOfAsync(portal, email));
    }

    [Fact]
    public async Task Only_caseworkers_choose_since_only_they_are_e_mailed()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync("/Notifications/Email")).StatusCode);
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        Assert.Contains("/Notifications/Email", await police.GetPageAsync("/Notifications"));
    }
}

/// <summary>The digest moves the clock, so each test has a portal of its own.</summary>
public sealed class DigestTests
{
    private static Task<int> DigestAsync(PortalFactory portal) =>
        portal.WithScopeAsync(s => s.GetRequiredService<Digest.Handler>().SendDueAsync(portal.Clock.GetUtcNow().UtcDateTime));

    private static async Task<string> ReferredCaseAsync(PortalFactory portal, string last)
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Liria", last);
        await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        return await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync());
    }

    [Fact]
    public async Task The_daily_digest_gathers_what_came_since_the_last_one_and_goes_once()
    {
        await using var portal = new PortalFactory();
        using var admin = await portal.SignedInClientAsync(Demo.Admin);
        // After the demo data's own notifications, written at start (the clock moves only when a test moves it).
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        var (digest, quiet, gone) = (Caseworkers.UniqueEmail("permbledhje"), Caseworkers.UniqueEmail("asnje"), Caseworkers.UniqueEmail("larguar"));
        (await Caseworkers.CreateAsync(portal, admin, digest, "DailyDigest")).Dispose();
        (await Caseworkers.CreateAsync(portal, admin, quiet, "None")).Dispose();
        (await Caseworkers.CreateAsync(portal, admin, gone, "DailyDigest")).Dispose();
        await Caseworkers.DisableAsync(portal, admin, gone);

        var first = await ReferredCaseAsync(portal, "Permbledhja");
        using (var secretary = await portal.SignedInClientAsync(Demo.Secretary))
        {
            var meeting = await MeetingForms.ScheduledAsync(portal, secretary, "Tryeza e strehimit, mbledhja e parë");
            Assert.Equal(HttpStatusCode.Redirect, (await MeetingForms.AddActionAsync(portal, secretary, meeting, "Numëro shtretërit e lirë", "TDB")).StatusCode);
        }

        // Chosen just now: the first digest is due at the next morning's hour.
        Assert.Equal(0, await DigestAsync(portal));
        Assert.DoesNotContain(portal.Mails(), m => NotificationTests.To(m) == digest);

        portal.Clock.Advance(TimeSpan.FromHours(26));
        // Two instances at the same moment: one sends.
        var sent = await Task.WhenAll(DigestAsync(portal), DigestAsync(portal));
        Assert.Equal(1, sent.Sum());
        Assert.Equal(0, await DigestAsync(portal));

        var mail = Assert.Single(portal.Mails(), m => NotificationTests.To(m) == digest);
        Assert.Contains("Referim i ri / New referral: 1", mail);
        Assert.Contains(first, mail);
        Assert.Contains("Tryeza e strehimit, mbledhja e parë", mail);
        Assert.Contains("http://localhost:5080/Notifications", mail);
        Assert.Contains("Ky mesazh nuk përmban të dhëna personale.", mail);
        Assert.DoesNotContain("Liria", mail);
        Assert.DoesNotContain("Permbledhja", mail);
        Assert.DoesNotContain("/Cases/", mail);
        Assert.DoesNotContain(portal.Mails(), m => NotificationTests.To(m) == quiet || NotificationTests.To(m) == gone);

        // The next day's digest holds only what came since.
        var second = await ReferredCaseAsync(portal, "Tjetra");
        Assert.Equal(0, await DigestAsync(portal));
        portal.Clock.Advance(TimeSpan.FromHours(26));
        Assert.Equal(1, await DigestAsync(portal));
        var mails = portal.Mails().Where(m => NotificationTests.To(m) == digest).ToList();
        Assert.Equal(2, mails.Count);
        var next = Assert.Single(mails, m => m.Contains(second, StringComparison.Ordinal));
        Assert.DoesNotContain(first, next);
        Assert.DoesNotContain("Tryeza e strehimit", next);

        // A day with nothing new sends nothing.
        portal.Clock.Advance(TimeSpan.FromHours(26));
        Assert.Equal(0, await DigestAsync(portal));
    }

    [Theory]
    [InlineData("2026-12-03T05:59:00Z", "2026-12-02T06:00:00Z")]
    [InlineData("2026-12-03T06:00:00Z", "2026-12-03T06:00:00Z")]
    [InlineData("2026-07-03T05:30:00Z", "2026-07-03T05:00:00Z")]
    public void A_days_digest_is_due_from_seven_in_Albania(string now, string due) =>
        Assert.Equal(DateTime.Parse(due, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
            Digest.DueSince(DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), 7));
}
