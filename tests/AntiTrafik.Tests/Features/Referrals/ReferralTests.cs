using System.Net;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Features.Referrals;

public sealed class ReferralTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..6].ToLowerInvariant();

    private async Task<(PortalClient Police, int CaseId, string Name)> PoliceCaseAsync(params (string, string)[] overrides)
    {
        var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var last = Unique("Ref");
        return (police, await CaseForms.RegisterAsync(portal, police, "Vera", last, overrides: overrides), "Vera " + last);
    }

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(email);
        return client;
    }

    [Fact]
    public async Task The_receiver_sees_the_case_while_the_referral_is_live_and_loses_it_on_decline()
    {
        var (police, caseId, name) = await PoliceCaseAsync();
        using var shelter = await SignedInAsync(Demo.ShelterTdb);
        Assert.Equal(HttpStatusCode.NotFound, (await shelter.GetAsync($"/Cases/{caseId}")).StatusCode);

        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB", "Urgent", "ShelterAccommodation", "PsychologicalSupport");

        var page = await shelter.GetPageAsync($"/Cases/{caseId}/Referrals");
        Assert.Contains(name, page);
        Assert.Contains("Please help", page);
        var inbox = await shelter.GetPageAsync("/Referrals");
        Assert.Contains($"/Cases/{caseId}/Referrals#referral-{referral}", inbox);

        var declined = await ReferralSteps.StepAsync(portal, shelter, referral, "Decline", "No free beds");
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal(ReferralState.Declined, await ReferralSteps.StateAsync(portal, referral));
        Assert.Equal(HttpStatusCode.NotFound, (await shelter.GetAsync($"/Cases/{caseId}")).StatusCode);
        Assert.Contains("No free beds", await police.GetPageAsync($"/Cases/{caseId}/Referrals"));
        police.Dispose();
    }

    [Fact]
    public async Task Withdrawing_removes_the_receivers_access_unless_another_live_referral_gives_it()
    {
        var (police, caseId, _) = await PoliceCaseAsync();
        using var shelter = await SignedInAsync(Demo.ShelterTdb);
        var first = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        var second = await ReferralSteps.SentAsync(portal, police, caseId, "TDB", "Routine", "MedicalCare");

        await ReferralSteps.StepAsync(portal, police, first, "Withdraw", "Sent twice by mistake");
        Assert.Equal(HttpStatusCode.OK, (await shelter.GetAsync($"/Cases/{caseId}")).StatusCode);

        await ReferralSteps.StepAsync(portal, shelter, second, "Withdraw", "not mine");
        Assert.Contains("Vetëm institucioni dërgues mund ta tërheqë referimin.", await shelter.GetPageAsync($"/Cases/{caseId}"));
        Assert.Equal(ReferralState.Sent, await ReferralSteps.StateAsync(portal, second));
        await ReferralSteps.StepAsync(portal, police, second, "Withdraw", "Served elsewhere");
        Assert.Equal(HttpStatusCode.NotFound, (await shelter.GetAsync($"/Cases/{caseId}")).StatusCode);
        police.Dispose();
    }

    [Fact]
    public async Task A_third_agency_never_sees_the_case_or_its_referrals()
    {
        var (police, caseId, name) = await PoliceCaseAsync();
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        using var vlora = await SignedInAsync(Demo.PoliceVlora);

        Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReferralSteps.StepAsync(portal, vlora, referral, "Accept")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReferralSteps.SendAsync(portal, vlora, caseId, "DVP-VLORE")).StatusCode);
        Assert.DoesNotContain(name, await vlora.GetPageAsync("/Cases?State=All"));
        Assert.DoesNotContain($"/Cases/{caseId}#", await vlora.GetPageAsync("/Referrals"));
        Assert.Equal(ReferralState.Sent, await ReferralSteps.StateAsync(portal, referral));
        police.Dispose();
    }

    [Fact]
    public async Task An_adult_without_consent_to_share_cannot_be_referred_and_the_form_keeps_what_was_typed()
    {
        var (police, caseId, _) = await PoliceCaseAsync(("ConsentToShare", "false"));

        var response = await ReferralSteps.SendAsync(portal, police, caseId, "TDB", "Emergency", "Bed for tonight, ask for Dr. Leka", "ShelterAccommodation", "MedicalCare");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Personi nuk ka pranuar ndarjen e të dhënave", html);
        Assert.Contains("Bed for tonight, ask for Dr. Leka</textarea>", html);
        Assert.Contains("value=\"MedicalCare\" id=\"svc-MedicalCare\" checked=\"checked\"", html);
        Assert.Contains("value=\"Emergency\" selected=\"selected\"", html);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Referrals.CountAsync(r => r.CaseId == caseId)));

        var consent = await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Consent", [new("Subject", "DataSharing"), new("Given", "true"), new("GivenBy", "Person")]);
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReferralSteps.SendAsync(portal, police, caseId, "TDB")).StatusCode);
        police.Dispose();
    }

    [Fact]
    public async Task A_childs_case_without_consent_needs_child_protection_or_police_and_a_ground()
    {
        using var shelter = await SignedInAsync(Demo.ShelterTdb);
        var childCase = await CaseForms.RegisterAsync(portal, shelter, "Nora", Unique("Child"),
            overrides: [("EstimatedAge", "14"), ("ConsentToShare", "false"), ("ConsentGivenBy", "Guardian")]);

        var fromShelter = await ReferralSteps.SendAsync(portal, shelter, childCase, "ASHMDF");
        Assert.Contains("Pa pëlqimin e kujdestarit, vetëm mbrojtja e fëmijëve ose policia", await fromShelter.Content.ReadAsStringAsync());

        using var police = await SignedInAsync(Demo.PoliceTirana);
        var noGround = await ReferralSteps.SendAsync(portal, police, childCase, "ASHMDF");
        Assert.Contains("Regjistroni arsyen në interesin më të lartë të fëmijës.", await noGround.Content.ReadAsStringAsync());
        var withGround = await police.SubmitAsync($"/Cases/{childCase}", $"/Cases/{childCase}/Refer",
        [
            new("ReceivingAgencyId", (await Users.AgencyIdAsync(portal, "ASHMDF")).ToString()), new("Urgency", "Emergency"),
            new("Services", "ChildProtectionAssessment"), new("Ground", "The child is at risk at home"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, withGround.StatusCode);
    }

    [Fact]
    public async Task The_receiver_accepts_records_a_service_on_the_timeline_completes_and_then_only_reads()
    {
        var (police, caseId, _) = await PoliceCaseAsync();
        using var shelter = await SignedInAsync(Demo.ShelterTdb);
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");

        Assert.Equal(HttpStatusCode.Redirect, (await ReferralSteps.StepAsync(portal, shelter, referral, "Accept")).StatusCode);
        var version = await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral).Select(r => r.Version).SingleAsync());
        var service = await shelter.SubmitAsync($"/Cases/{caseId}", $"/Referrals/{referral}/Services",
            [new("Service", "ShelterAccommodation"), new("DeliveredOn", "2026-11-01"), new("Note", "Room 4"), new("Version", version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, service.StatusCode);
        Assert.Equal(ReferralState.InProgress, await ReferralSteps.StateAsync(portal, referral));
        var page = await police.GetPageAsync($"/Cases/{caseId}/Timeline");
        Assert.Contains("U ofrua një shërbim", page);
        Assert.Contains("Room 4", await police.GetPageAsync($"/Cases/{caseId}/Referrals"));

        var refused = await ReferralSteps.StepAsync(portal, shelter, referral, "Complete", "");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Përshkruani rezultatin.", await shelter.GetPageAsync($"/Cases/{caseId}"));
        await ReferralSteps.StepAsync(portal, shelter, referral, "Complete", "Moved to own flat");
        Assert.Equal(ReferralState.Completed, await ReferralSteps.StateAsync(portal, referral));

        Assert.Equal(HttpStatusCode.OK, (await shelter.GetAsync($"/Cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shelter.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Notes", [new("Text", "after the end")])).StatusCode);
        police.Dispose();
    }

    [Fact]
    public async Task Two_people_answering_the_same_referral_at_once_one_wins_and_the_other_is_told()
    {
        var (police, caseId, _) = await PoliceCaseAsync();
        using var first = await SignedInAsync(Demo.ShelterTdb);
        using var second = await SignedInAsync(Demo.ShelterTdb);
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        var version = await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral).Select(r => r.Version).SingleAsync());

        var accept = await ReferralSteps.StepAsync(portal, first, referral, "Accept", version: version);
        var decline = await ReferralSteps.StepAsync(portal, second, referral, "Decline", "No room", version: version);

        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, decline.StatusCode);
        Assert.Contains("Dikush tjetër iu përgjigj këtij referimi ndërkohë. Tani është: Pranuar.", await second.GetPageAsync($"/Cases/{caseId}"));
        Assert.Equal(ReferralState.Accepted, await ReferralSteps.StateAsync(portal, referral));
        Assert.Equal(2, await portal.WithDbAsync(db => db.Set<ReferralTransition>().CountAsync(t => t.ReferralId == referral)));
        police.Dispose();
    }

    [Fact]
    public async Task Notifications_and_emails_name_the_case_number_and_never_the_person()
    {
        var (police, caseId, name) = await PoliceCaseAsync();
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync());

        await ReferralSteps.SentAsync(portal, police, caseId, "TDB");

        using var shelter = await SignedInAsync(Demo.ShelterTdb);
        var notifications = await shelter.GetPageAsync("/Notifications");
        Assert.Contains(number, notifications);
        Assert.Contains("Referim i ri", notifications);
        Assert.Contains("data-testid=\"count-Notifications\"", await shelter.GetPageAsync("/"));
        var mails = portal.Mails();
        // The referral's mail (registering also asked the social service for the joint interview, in a mail of its own).
        // One to each of the shelter's people: its caseworker and its supervisor.
        var mail = Assert.Single(mails, m => m.Contains(number) && m.Contains("Referim i ri") && m.Contains("To: strehez.tdb@antitrafik.demo"));
        Assert.Single(mails, m => m.Contains(number) && m.Contains("Referim i ri") && m.Contains("To: mbikeqyrese.strehez@antitrafik.demo"));
        Assert.Contains($"/Cases/{caseId}", mail);
        foreach (var text in mails.Append(notifications))
        {
            Assert.DoesNotContain("Vera", text);
            Assert.DoesNotContain(name.Split(' ')[1], text);
        }

        police.Dispose();
    }

    [Fact]
    public async Task The_lead_is_handed_over_only_when_the_other_agency_accepts()
    {
        var (police, caseId, _) = await PoliceCaseAsync();
        using var shelter = await SignedInAsync(Demo.ShelterTdb);
        var tdb = await Users.AgencyIdAsync(portal, "TDB");

        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Lead/Offer", [new("AgencyId", tdb.ToString())])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shelter.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Edit", await CaseForms.ValidAsync(portal, "X", "Y"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await shelter.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Lead/Answer", [new("accept", "true")])).StatusCode);

        Assert.Equal(tdb, await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.LeadAgencyId).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await shelter.GetAsync($"/Cases/{caseId}/Edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync($"/Cases/{caseId}/Edit")).StatusCode);
        police.Dispose();
    }

    [Fact]
    public async Task The_lead_of_an_adults_case_is_not_handed_over_without_their_agreement_to_share_data()
    {
        var (police, caseId, name) = await PoliceCaseAsync(("ConsentToShare", "false"));
        using var shelter = await SignedInAsync(Demo.ShelterTdb);
        var tdb = await Users.AgencyIdAsync(portal, "TDB");

        var offered = await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Lead/Offer", [new("AgencyId", tdb.ToString())]);

        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);
        Assert.Contains("Personi nuk ka rënë dakord që të dhënat e tij të ndahen me institucione të tjera: drejtimi i rastit nuk mund të kalohet.", await offered.Content.ReadAsStringAsync());
        Assert.Null(await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.ProposedLeadAgencyId).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await shelter.GetAsync($"/Cases/{caseId}")).StatusCode);

        // Once the person agrees (recorded on the case), the lead can be offered, and the shelter sees the case.
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Consent",
            [new("Subject", "DataSharing"), new("Given", "true"), new("GivenBy", "Person")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Lead/Offer", [new("AgencyId", tdb.ToString())])).StatusCode);
        Assert.Contains(name, await shelter.GetPageAsync($"/Cases/{caseId}"));
        police.Dispose();
    }
}

/// <summary>Moving the clock affects every session of the portal, so overdue tests get a portal of their own.</summary>
public sealed class OverdueReferralTests
{
    [Fact]
    public async Task An_unanswered_referral_becomes_overdue_after_its_deadline_and_reaches_the_coordinator()
    {
        await using var portal = new PortalFactory();
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Mira", "Afati");
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync());
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB", "Emergency");

        portal.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await portal.WithScopeAsync(s => s.GetRequiredService<OverdueReferrals>().NotifyAsync()));

        portal.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await portal.WithScopeAsync(s => s.GetRequiredService<OverdueReferrals>().NotifyAsync()));
        Assert.Equal(0, await portal.WithScopeAsync(s => s.GetRequiredService<OverdueReferrals>().NotifyAsync()));
        Assert.Equal(2, await portal.WithDbAsync(db => db.Notifications.CountAsync(n => n.ReferralId == referral && n.Kind == NotificationKind.ReferralOverdue)));

        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        var escalation = await coordinator.GetPageAsync("/Referrals/Escalation");
        Assert.Contains("Të Ndryshëm dhe të Barabartë", escalation);
        Assert.Contains(number, escalation);
        Assert.DoesNotContain("Mira", escalation);

        using var shelter = portal.CreatePortalClient();
        await shelter.SignInAsExpectedAsync(Demo.ShelterTdb);
        Assert.Contains("Me afat të kaluar", await shelter.GetPageAsync("/Referrals"));
    }
}
