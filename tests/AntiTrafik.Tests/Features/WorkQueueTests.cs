using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features;

/// <summary>Each person's home page lists what waits for them or their institution, within their scope, soonest first.</summary>
public sealed class WorkQueueTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static bool Lists(string home, string kind, string subject)
    {
        // The row of that kind that names that subject.
        var at = 0;
        while ((at = home.IndexOf($"data-kind=\"{kind}\"", at, StringComparison.Ordinal)) >= 0)
        {
            var end = home.IndexOf("</li>", at, StringComparison.Ordinal);
            if (home[at..end].Contains(subject, StringComparison.Ordinal))
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    private async Task<(int Id, string Number)> RegisterAsync()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Radhë", "Pune");
        return (id, await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync()));
    }

    [Fact]
    public async Task The_joint_interview_waits_on_both_sides_home_pages_and_nowhere_else()
    {
        var (_, number) = await RegisterAsync();
        using var social = await portal.SignedInClientAsync(Demo.SocialServiceTirana);
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);

        Assert.True(Lists(await social.GetPageAsync("/"), "JointInterview", number));
        Assert.True(Lists(await police.GetPageAsync("/"), "JointInterview", number));
        Assert.DoesNotContain(number, await vlora.GetPageAsync("/"));

        // The social service was told, in the portal and by e-mail, without the person's name.
        var notifications = await social.GetPageAsync("/Notifications");
        Assert.Contains("Kërkohet intervista e përbashkët", notifications);
        Assert.Contains(number, notifications);
        var mail = Assert.Single(portal.Mails(), m => m.Contains(number) && m.Contains("To: shssh.tirane@antitrafik.demo"));
        Assert.DoesNotContain("Radhë", mail);
        Assert.DoesNotContain("Pune", mail);
        // The police registered it themselves: nothing to tell them.
        Assert.DoesNotContain(number, await police.GetPageAsync("/Notifications"));
    }

    [Fact]
    public async Task A_referral_waits_on_the_receivers_home_page_and_when_late_on_the_senders_and_the_coordinators()
    {
        var (caseId, number) = await RegisterAsync();
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        await ReferralSteps.SentAsync(portal, police, caseId, "TDB");

        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        var home = await shelter.GetPageAsync("/");
        Assert.True(Lists(home, "ReferralToAnswer", number));
        Assert.Contains($"/Cases/{caseId}/Referrals#referral-", home);
        Assert.False(Lists(await police.GetPageAsync("/"), "LateAnswer", number));

        // A week and a day later (everyone signs in again: sessions end after 30 idle minutes).
        portal.Clock.Advance(TimeSpan.FromDays(8));
        using var policeLater = await portal.SignedInClientAsync(Demo.PoliceTirana);
        Assert.True(Lists(await policeLater.GetPageAsync("/"), "LateAnswer", number));
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        Assert.True(Lists(await coordinator.GetPageAsync("/"), "OverdueReferral", number));
        // The shelter still has it to answer, now shown late.
        using var shelterLater = await portal.SignedInClientAsync(Demo.ShelterTdb);
        Assert.Contains("Vonuar që nga", await shelterLater.GetPageAsync("/"));
    }

    [Fact]
    public async Task A_secretary_sees_the_meetings_to_write_up()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var title = $"Takim për procesverbal {Guid.NewGuid().ToString("N")[..6]}";
        await MeetingForms.ScheduledAsync(portal, secretary, title, startsAt: "2026-11-20T10:00", ifPast: "Held");
        Assert.True(Lists(await secretary.GetPageAsync("/"), "MinutesToFinish", title));
        // A caseworker's queue has no meetings to write up.
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        Assert.DoesNotContain("data-kind=\"MinutesToFinish\"", await police.GetPageAsync("/"));
    }

    [Fact]
    public async Task An_open_case_with_no_entry_for_a_month_waits_on_its_lead_institutions_home_page()
    {
        var (caseId, number) = await RegisterAsync();
        using (var police = await portal.SignedInClientAsync(Demo.PoliceTirana))
        {
            Assert.False(Lists(await police.GetPageAsync("/"), "QuietCase", number));
        }

        portal.Clock.Advance(TimeSpan.FromDays(31));
        using var later = await portal.SignedInClientAsync(Demo.PoliceTirana);
        Assert.True(Lists(await later.GetPageAsync("/"), "QuietCase", number));
        // A new entry puts it back to sleep.
        await later.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Notes", [new("Text", "Një shënim i ri")]);
        Assert.False(Lists(await later.GetPageAsync("/"), "QuietCase", number));
    }

    [Fact]
    public async Task The_coordinators_office_sees_identifications_waiting_for_a_decision_until_both_sides_sign()
    {
        var (caseId, number) = await RegisterAsync();
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        Assert.True(Lists(await coordinator.GetPageAsync("/"), "IdentificationWaiting", number));

        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        using var social = await portal.SignedInClientAsync(Demo.SocialServiceTirana);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Assess/Police", [new("Finding", "Victim"), new("Reasons", "Indicators present")])).StatusCode);
        Assert.True(Lists(await coordinator.GetPageAsync("/"), "IdentificationWaiting", number));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await social.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Assess/SocialService", [new("Finding", "Victim"), new("Reasons", "Consistent account")])).StatusCode);

        Assert.False(Lists(await coordinator.GetPageAsync("/"), "IdentificationWaiting", number));
        // Never a caseworker's row, and never a name.
        Assert.False(Lists(await police.GetPageAsync("/"), "IdentificationWaiting", number));
        Assert.DoesNotContain("Radhë", await coordinator.GetPageAsync("/"));
    }

    [Theory]
    [InlineData(Demo.PoliceTirana)]
    [InlineData(Demo.SocialServiceTirana)]
    [InlineData(Demo.Coordinator)]
    [InlineData(Demo.Secretary)]
    public async Task The_menus_count_beside_home_is_the_number_of_rows_in_the_queue(string account)
    {
        await RegisterAsync();
        using var client = await portal.SignedInClientAsync(account);
        var home = await client.GetPageAsync("/");

        var rows = home.Split("data-testid=\"queue-item\"").Length - 1;
        Assert.True(rows > 0, "each of these people has something waiting");
        var badge = System.Text.RegularExpressions.Regex.Match(home, "data-testid=\"count-Home\">(\\d+)<", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(badge.Success);
        Assert.Equal(rows, int.Parse(badge.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_meetings_action_waits_on_the_responsible_institutions_home_page_linking_to_its_actions()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var title = $"Tryezë për strehimin {Guid.NewGuid():N}"[..30];
        var meeting = await MeetingForms.ScheduledAsync(portal, secretary, title, "InformationMeeting", agencies: ["DVP-TIRANE"]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await MeetingForms.AddActionAsync(portal, secretary, meeting, "Përgatit listën e shtretërve", "SHSSH-TIRANE")).StatusCode);

        using var social = await portal.SignedInClientAsync(Demo.SocialServiceTirana);
        var home = await social.GetPageAsync("/");
        Assert.True(Lists(home, "MeetingAction", title));
        var row = home.Split("</li>").Single(r => r.Contains("data-kind=\"MeetingAction\"", StringComparison.Ordinal) && r.Contains(title, StringComparison.Ordinal));
        Assert.Contains("href=\"/Meetings/Actions\"", row);
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        Assert.DoesNotContain(title, await vlora.GetPageAsync("/"));
    }
}
