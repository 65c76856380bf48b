using System.Net;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Notifications;

/// <summary>
/// Every hand-off tells the receiving institution, in the portal and by e-mail, and no other: the joint interview asked
/// for, a referral, its answer, a lead offer, a meeting's action, the Responsible Authority's decision on a case. What
/// is told names a case number or a meeting, never the person, never a decision.
/// </summary>
public sealed class NotificationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string NoPersonalData = "Ky mesazh nuk përmban të dhëna personale.";

    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..6];

    internal static string To(string mail) =>
        mail.Split('\n').Select(line => line.Trim()).First(line => line.StartsWith("To: ", StringComparison.Ordinal))[4..];

    private async Task<(int Id, string Number, string First, string Last)> RegisteredAsync(PortalClient police)
    {
        var (first, last) = ("Drita", Unique("Njoftim"));
        var id = await CaseForms.RegisterAsync(portal, police, first, last);
        return (id, await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync()), first, last);
    }

    /// <summary>The notifications about a case or a meeting, as (institution code, kind).</summary>
    private Task<List<(string Agency, NotificationKind Kind)>> ToldAsync(int? caseId = null, int? meetingId = null) =>
        portal.WithDbAsync(async db => (await db.Notifications
                .Where(n => (caseId != null && n.CaseId == caseId) || (meetingId != null && n.MeetingId == meetingId))
                .Join(db.Agencies, n => n.AgencyId, a => a.Id, (n, a) => new { a.Code, n.Kind })
                .ToListAsync())
            .Select(n => (n.Code, n.Kind)).OrderBy(n => n.Code, StringComparer.Ordinal).ThenBy(n => n.Kind).ToList());

    /// <summary>Every account of these institutions (whoever may be sent their notifications).</summary>
    private Task<HashSet<string>> PeopleOfAsync(params string[] codes) =>
        portal.WithDbAsync(async db => (await db.Users.Where(u => codes.Contains(u.Agency.Code)).Select(u => u.Email!).ToListAsync())
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    [Fact]
    public async Task Each_hand_off_on_a_case_tells_the_receiving_institution_and_no_other()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var (caseId, number, first, last) = await RegisteredAsync(police);
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        Assert.Equal(HttpStatusCode.Redirect, (await ReferralSteps.StepAsync(portal, shelter, referral, "Accept")).StatusCode);
        var tdb = await Users.AgencyIdAsync(portal, "TDB");
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Lead/Offer", [new("AgencyId", tdb.ToString())])).StatusCode);

        // The joint interview asks the social service; the referral and the lead offer go to the shelter; the answer to the police.
        Assert.Equal(
            new[] { ("DVP-TIRANE", NotificationKind.ReferralAnswered), ("SHSSH-TIRANE", NotificationKind.JointInterviewRequested),
                ("TDB", NotificationKind.ReferralReceived), ("TDB", NotificationKind.LeadOffered) },
            await ToldAsync(caseId));

        var mails = portal.Mails().Where(m => m.Contains(number, StringComparison.Ordinal)).ToList();
        Assert.Contains(mails, m => To(m) == Demo.SocialServiceTirana && m.Contains("Kërkohet intervista e përbashkët", StringComparison.Ordinal));
        Assert.Contains(mails, m => To(m) == Demo.ShelterTdb && m.Contains("Referim i ri", StringComparison.Ordinal));
        Assert.Contains(mails, m => To(m) == Demo.PoliceTirana && m.Contains("Referimi u përgjigj", StringComparison.Ordinal));
        // The lead offer is e-mailed too, not only put in the portal.
        Assert.Contains(mails, m => To(m) == Demo.ShelterTdb && m.Contains("Ju ofrohet drejtimi i rastit", StringComparison.Ordinal));
        var told = await PeopleOfAsync("DVP-TIRANE", "SHSSH-TIRANE", "TDB");
        foreach (var mail in mails)
        {
            Assert.Contains(To(mail), told);
            Assert.Contains($"/Cases/{caseId}", mail);
            Assert.Contains(NoPersonalData, mail);
            Assert.DoesNotContain(first, mail);
            Assert.DoesNotContain(last, mail);
        }

        var page = await shelter.GetPageAsync("/Notifications");
        Assert.Contains("Ju ofrohet drejtimi i rastit", page);
        Assert.Contains($"href=\"/Cases/{caseId}\">{number}</a>", page);
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        Assert.DoesNotContain(number, await vlora.GetPageAsync("/Notifications"));
    }

    [Fact]
    public async Task A_meetings_action_tells_the_responsible_institution_which_finds_it_among_its_actions()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        // A meeting the social service did not attend: it cannot open the meeting, only its own actions.
        var title = Unique("Tryezë teknike për strehimin ");
        var meeting = await MeetingForms.ScheduledAsync(portal, secretary, title, "InformationMeeting", agencies: ["DVP-TIRANE"]);
        var action = Unique("Përgatit listën e shtretërve ");
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingForms.AddActionAsync(portal, secretary, meeting, action, "SHSSH-TIRANE")).StatusCode);

        Assert.Equal(new[] { ("SHSSH-TIRANE", NotificationKind.MeetingAction) }, await ToldAsync(meetingId: meeting));
        var notification = await portal.WithDbAsync(db => db.Notifications.SingleAsync(n => n.MeetingId == meeting));
        Assert.Null(notification.CaseId);
        Assert.Equal(title, notification.Subject);

        using var social = await portal.SignedInClientAsync(Demo.SocialServiceTirana);
        var page = await social.GetPageAsync("/Notifications");
        Assert.Contains("Veprim nga një mbledhje", page);
        Assert.Contains($"href=\"/Meetings/Actions\">{title}</a>", page);
        Assert.Contains(action, await social.GetPageAsync("/Meetings/Actions"));
        Assert.Equal(HttpStatusCode.NotFound, (await social.GetAsync($"/Meetings/{meeting}")).StatusCode);

        var mails = portal.Mails().Where(m => m.Contains(title, StringComparison.Ordinal)).ToList();
        Assert.Contains(mails, m => To(m) == Demo.SocialServiceTirana);
        var told = await PeopleOfAsync("SHSSH-TIRANE");
        foreach (var mail in mails)
        {
            Assert.Contains(To(mail), told);
            Assert.Contains("/Meetings/Actions", mail);
            Assert.Contains(NoPersonalData, mail);
            // The action's own text stays in the portal.
            Assert.DoesNotContain(action, mail);
        }

        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        Assert.DoesNotContain(title, await police.GetPageAsync("/Notifications"));
    }

    [Fact]
    public async Task The_Responsible_Authoritys_decision_tells_the_institutions_holding_the_case_but_never_the_decision()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var (caseId, number, first, last) = await RegisteredAsync(police);
        // The shelter takes the lead: the case is then held by three institutions (lead, police side, social-service side).
        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        var tdb = await Users.AgencyIdAsync(portal, "TDB");
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Lead/Offer", [new("AgencyId", tdb.ToString())])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await shelter.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Lead/Answer", [new("accept", "true")])).StatusCode);

        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var meeting = await MeetingForms.ScheduledAsync(portal, secretary, Unique("Autoriteti Përgjegjës "), "ResponsibleAuthority", agencies: ["DVP-VLORE"]);
        const string decision = "Strehim i menjëhershëm dhe mbrojtje nga ish-punëdhënësi";
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.SubmitAsync($"/Meetings/{meeting}", $"/Meetings/{meeting}/Cases",
            [new("CaseNumber", number), new("Decision", decision)])).StatusCode);

        var decided = (await ToldAsync(caseId)).Where(n => n.Kind == NotificationKind.ResponsibleAuthorityDecision).ToList();
        Assert.Equal(new[] { ("DVP-TIRANE", NotificationKind.ResponsibleAuthorityDecision), ("SHSSH-TIRANE", NotificationKind.ResponsibleAuthorityDecision),
            ("TDB", NotificationKind.ResponsibleAuthorityDecision) }, decided);
        Assert.All(await portal.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ResponsibleAuthorityDecision && n.CaseId == caseId).ToListAsync()),
            n => Assert.Equal((number, (int?)meeting), (n.Subject, n.MeetingId)));

        var mails = portal.Mails().Where(m => m.Contains(number, StringComparison.Ordinal) && m.Contains("Autoritetit Përgjegjës", StringComparison.Ordinal)).ToList();
        Assert.Contains(mails, m => To(m) == Demo.ShelterTdb);
        Assert.Contains(mails, m => To(m) == Demo.PoliceTirana);
        Assert.Contains(mails, m => To(m) == Demo.SocialServiceTirana);
        Assert.DoesNotContain(mails, m => To(m) == Demo.PoliceVlora);
        foreach (var mail in mails)
        {
            Assert.Contains($"/Cases/{caseId}", mail);
            Assert.DoesNotContain("Strehim", mail);
            Assert.DoesNotContain(first, mail);
            Assert.DoesNotContain(last, mail);
        }

        // The link leads to the case, whose timeline holds the decision for those who work on it.
        var page = await shelter.GetPageAsync("/Notifications");
        Assert.Contains("Vendim i Autoritetit Përgjegjës për rastin", page);
        Assert.Contains($"href=\"/Cases/{caseId}\">{number}</a>", page);
        var casePage = await shelter.GetPageAsync($"/Cases/{caseId}/Timeline");
        Assert.Contains("Vendim i Autoritetit Përgjegjës", casePage);
        Assert.Contains(decision, casePage);
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        Assert.DoesNotContain(number, await vlora.GetPageAsync("/Notifications"));
    }

    [Fact]
    public async Task No_notification_holds_a_persons_name_or_a_decision()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var (caseId, number, first, last) = await RegisteredAsync(police);
        await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var meeting = await MeetingForms.ScheduledAsync(portal, secretary, Unique("Autoriteti Përgjegjës "), "ResponsibleAuthority");
        await secretary.SubmitAsync($"/Meetings/{meeting}", $"/Meetings/{meeting}/Cases", [new("CaseNumber", number), new("Decision", "Vendim sekret " + last)]);

        var rows = await portal.WithDbAsync(db => db.Notifications.Select(n => n.Subject).ToListAsync());
        Assert.Contains(number, rows);
        Assert.DoesNotContain(rows, s => s.Contains(first, StringComparison.OrdinalIgnoreCase) || s.Contains(last, StringComparison.OrdinalIgnoreCase)
            || s.Contains("sekret", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(portal.Mails(), m => m.Contains(first, StringComparison.Ordinal) || m.Contains(last, StringComparison.Ordinal)
            || m.Contains("sekret", StringComparison.Ordinal));
    }
}
