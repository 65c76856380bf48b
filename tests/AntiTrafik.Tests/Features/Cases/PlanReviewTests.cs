using System.Globalization;
using System.Net;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>
/// A plan's reviews: due in the lead's work queue two weeks ahead, late in the coordinator's, recorded with each goal's
/// status and approved by a supervisor, after which the next one falls an interval later. Moves this factory's clock.
/// </summary>
public sealed class PlanReviewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_review_falls_due_in_the_queue_is_recorded_approved_and_sets_the_next_one()
    {
        var social = await portal.SignedInClientAsync(Demo.SocialServiceTirana);
        var id = await CaseForms.RegisterAsync(portal, social, "Liri", "Rishiko" + Guid.NewGuid().ToString("N")[..5]);
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync());
        var shelter = await Users.AgencyIdAsync(portal, "TDB");
        string Day(int months) => DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddMonths(months).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await social.SubmitAsync($"/Cases/{id}/Plan/Edit",
        [
            new("Version", "0"), new("ReviewEveryMonths", "3"),
            new("Needs[0].Area", "Education"), new("Needs[0].Level", "Medium"),
            new("Goals[0].Area", "Education"), new("Goals[0].Text", "Regjistrim në shkollë"), new("Goals[0].ResponsibleAgencyId", shelter.ToString(CultureInfo.InvariantCulture)),
            new("Goals[0].DueOn", Day(4)), new("Goals[0].Status", "Open"), new("Goals[0].Services", "Education"),
        ]);
        await social.SubmitAsync($"/Cases/{id}/Plan", $"/Cases/{id}/Plan/Submit", []);
        var supervisor = await portal.SignedInClientAsync(Demo.SocialServiceSupervisor);
        await supervisor.SubmitAsync($"/Cases/{id}/Plan", $"/Cases/{id}/Plan/Approve", []);
        Assert.DoesNotContain($"/Cases/{id}/Plan", await social.GetPageAsync("/"));

        // Ten weeks later the review is two weeks away: it waits on the lead's home page.
        // (Sessions end after half an hour: both sign in again.)
        portal.Clock.Advance(TimeSpan.FromDays(80));
        social.Dispose();
        supervisor.Dispose();
        social = await portal.SignedInClientAsync(Demo.SocialServiceTirana);
        supervisor = await portal.SignedInClientAsync(Demo.SocialServiceSupervisor);
        var home = await social.GetPageAsync("/");
        Assert.Contains("data-kind=\"PlanReviewDue\"", home);
        Assert.Contains(number, home);

        // A review refused for a missing progress note keeps the date typed.
        var goalId = await portal.WithDbAsync(db => db.AssistancePlans.Where(p => p.CaseId == id).SelectMany(p => p.Goals).Select(g => g.Id).SingleAsync());
        var refused = await social.SubmitAsync($"/Cases/{id}/Plan/Review", [new("ReviewedOn", Day(0)), new("Progress", ""), new($"Goals[{goalId}]", "Achieved")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Day(0), await refused.Content.ReadAsStringAsync());

        var reviewed = await social.SubmitAsync($"/Cases/{id}/Plan/Review", [new("ReviewedOn", Day(0)), new("Progress", "Ndjek mësimet rregullisht"), new($"Goals[{goalId}]", "Achieved")]);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Contains("data-kind=\"PlanToApprove\"", await supervisor.GetPageAsync("/"));
        Assert.DoesNotContain("data-kind=\"PlanReviewDue\"", await social.GetPageAsync("/"));

        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.SubmitAsync($"/Cases/{id}/Plan", $"/Cases/{id}/Plan/Reviews/1/Approve", [])).StatusCode);
        var plan = await portal.WithDbAsync(db => db.AssistancePlans.AsNoTracking().Include(p => p.Goals).Include(p => p.Reviews).SingleAsync(p => p.CaseId == id));
        Assert.Equal(ApprovalState.Approved, Assert.Single(plan.Reviews).State);
        Assert.Equal(GoalStatus.Achieved, Assert.Single(plan.Goals).Status);
        Assert.Equal(DateOnly.ParseExact(Day(3), "yyyy-MM-dd", CultureInfo.InvariantCulture), plan.NextReviewDue);
        Assert.Contains("Ndjek mësimet rregullisht", await social.GetPageAsync($"/Cases/{id}/Plan"));

        // Past the next date with no review, the coordinator's office sees it late.
        portal.Clock.Advance(TimeSpan.FromDays(100));
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var national = await coordinator.GetPageAsync("/");
        Assert.Contains("data-kind=\"PlanReviewLate\"", national);
        Assert.Contains(number, national);
        social.Dispose();
        supervisor.Dispose();
    }
}
