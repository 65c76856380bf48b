using System.Net;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Reliability;

/// <summary>Two people send a change to the same record at the same moment: one wins, the other is told, nothing is lost.</summary>
public sealed class RaceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Conflict = "Dikush tjetër e ndryshoi këtë regjistrim";

    private static async Task<(HttpResponseMessage A, HttpResponseMessage B)> AtOnceAsync(Func<Task<HttpResponseMessage>> a, Func<Task<HttpResponseMessage>> b)
    {
        using var start = new SemaphoreSlim(0, 2);
        var first = Task.Run(async () => { await start.WaitAsync(); return await a(); });
        var second = Task.Run(async () => { await start.WaitAsync(); return await b(); });
        start.Release(2);
        return (await first, await second);
    }

    private static async Task<(HttpResponseMessage Winner, HttpResponseMessage Loser)> OneWinnerAsync(HttpResponseMessage a, HttpResponseMessage b)
    {
        var redirects = new[] { a, b }.Count(r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.True(redirects == 1, $"Expected one winner, got {(int)a.StatusCode} and {(int)b.StatusCode}.");
        var (winner, loser) = a.StatusCode == HttpStatusCode.Redirect ? (a, b) : (b, a);
        Assert.Equal(HttpStatusCode.OK, loser.StatusCode);
        return (winner, loser);
    }

    [Fact]
    public async Task Concurrent_edits_of_a_case_keep_one_and_tell_the_other()
    {
        using var first = portal.CreatePortalClient();
        await first.SignInAsExpectedAsync(Demo.PoliceTirana);
        using var second = portal.CreatePortalClient();
        await second.SignInAsExpectedAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, first, "Gara", "Rast" + Guid.NewGuid().ToString("N")[..6]);
        var version = PortalClient.Field(await first.GetPageAsync($"/Cases/{id}/Edit"), "Version");
        var tokenA = await first.TokenFromAsync($"/Cases/{id}/Edit");
        var tokenB = await second.TokenFromAsync($"/Cases/{id}/Edit");
        var formA = await CaseForms.ValidAsync(portal, "Gara", "Fitues", overrides: [("Version", version), ("Languages", "shqip")]);
        var formB = await CaseForms.ValidAsync(portal, "Gara", "Tjeter", overrides: [("Version", version), ("Languages", "greqisht")]);

        var (a, b) = await AtOnceAsync(
            () => first.Http.PostAsync($"/Cases/{id}/Edit", new FormUrlEncodedContent(formA.Append(new("__RequestVerificationToken", tokenA)))),
            () => second.Http.PostAsync($"/Cases/{id}/Edit", new FormUrlEncodedContent(formB.Append(new("__RequestVerificationToken", tokenB)))));
        var (winner, loser) = await OneWinnerAsync(a, b);
        Assert.Contains(Conflict, await loser.Content.ReadAsStringAsync());
        var page = await first.GetPageAsync($"/Cases/{id}");
        Assert.Contains(winner == a ? "Gara Fitues" : "Gara Tjeter", page);
        Assert.DoesNotContain(winner == a ? "Gara Tjeter" : "Gara Fitues", page);
    }

    [Fact]
    public async Task Concurrent_answers_to_a_referral_keep_one()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Gara", "Referim" + Guid.NewGuid().ToString("N")[..6]);
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        using var one = portal.CreatePortalClient();
        await one.SignInAsExpectedAsync(Demo.ShelterTdb);
        using var two = portal.CreatePortalClient();
        await two.SignInAsExpectedAsync(Demo.ShelterTdb);
        var version = await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral).Select(r => r.Version).SingleAsync());
        var tokenOne = await one.TokenFromAsync($"/Cases/{caseId}");
        var tokenTwo = await two.TokenFromAsync($"/Cases/{caseId}");

        var (accept, decline) = await AtOnceAsync(
            () => one.Http.PostAsync($"/Referrals/{referral}/Accept", new FormUrlEncodedContent([new("Version", version.ToString()), new("Text", ""), new("__RequestVerificationToken", tokenOne)])),
            () => two.Http.PostAsync($"/Referrals/{referral}/Decline", new FormUrlEncodedContent([new("Version", version.ToString()), new("Text", "No beds"), new("__RequestVerificationToken", tokenTwo)])));

        // Both answers redirect back to the case page; one carries the notice, the other the refusal.
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, decline.StatusCode);
        var state = await ReferralSteps.StateAsync(portal, referral);
        Assert.Contains(state, new[] { ReferralState.Accepted, ReferralState.Declined });
        var transitions = await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral).SelectMany(r => r.Transitions).CountAsync(t => t.To != ReferralState.Sent));
        Assert.Equal(1, transitions);
        // The other answer is refused with a message: either the record changed under it, or it is no longer waiting for an answer.
        // (The case page itself may be closed to the shelter now, if the decline won, so the message is read on the inbox.)
        var loser = state == ReferralState.Accepted ? two : one;
        Assert.Contains("data-testid=\"problem\"", await loser.GetPageAsync("/Referrals"));
        var winner = state == ReferralState.Accepted ? one : two;
        Assert.DoesNotContain("data-testid=\"problem\"", await winner.GetPageAsync("/Referrals"));
    }

    [Fact]
    public async Task Concurrent_approvals_of_a_meeting_approve_it_once_and_tell_the_other()
    {
        using var secretary = portal.CreatePortalClient();
        await secretary.SignInAsExpectedAsync(Demo.Secretary);
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        var meeting = await MeetingForms.ScheduledAsync(portal, secretary, "Gara e miratimit " + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingForms.MoveAsync(portal, secretary, meeting, "Held")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingForms.MoveAsync(portal, secretary, meeting, "Circulated")).StatusCode);
        var version = (await MeetingForms.VersionAsync(portal, meeting)).ToString();
        var tokenS = await secretary.TokenFromAsync($"/Meetings/{meeting}");
        var tokenC = await coordinator.TokenFromAsync($"/Meetings/{meeting}");

        var (a, b) = await AtOnceAsync(
            () => secretary.Http.PostAsync($"/Meetings/{meeting}/State/Approved", new FormUrlEncodedContent([new("version", version), new("__RequestVerificationToken", tokenS)])),
            () => coordinator.Http.PostAsync($"/Meetings/{meeting}/State/Approved", new FormUrlEncodedContent([new("version", version), new("__RequestVerificationToken", tokenC)])));
        var (_, loser) = await OneWinnerAsync(a, b);
        // Told why: the record changed under it, or (if it ran just after) the meeting is no longer in a state to approve.
        var told = await loser.Content.ReadAsStringAsync();
        Assert.True(told.Contains(Conflict, StringComparison.Ordinal) || told.Contains("Ky hap nuk është i mundur", StringComparison.Ordinal), told);
        Assert.Equal(AntiTrafik.Domain.Meetings.MeetingState.Approved,
            await portal.WithDbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.State).SingleAsync()));
    }
}
