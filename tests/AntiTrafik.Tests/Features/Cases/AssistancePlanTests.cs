using System.Globalization;
using System.Net;
using System.Text;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>
/// The assistance plan at /Cases/{id}/Plan: the lead institution writes it, a supervisor of the lead (never its author)
/// approves it and each review, services delivered under referrals count toward its goals, its words are encrypted and
/// shown only to the institutions working on the case.
/// </summary>
public sealed class AssistancePlanTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..6].ToLowerInvariant();

    private string Today => DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A case the State Social Service in Tirana registers (and so leads).</summary>
    private async Task<(PortalClient Social, int CaseId)> SocialServiceCaseAsync(string last)
    {
        var social = await portal.SignedInClientAsync(Demo.SocialServiceTirana);
        return (social, await CaseForms.RegisterAsync(portal, social, "Blerta", last));
    }

    private async Task<List<KeyValuePair<string, string>>> PlanFieldsAsync(int caseId, string goal, int version = 0, string services = "ShelterAccommodation")
    {
        var shelter = await Users.AgencyIdAsync(portal, "TDB");
        return
        [
            new("Version", version.ToString(CultureInfo.InvariantCulture)),
            new("AgreedWithPerson", "true"),
            new("PersonViews", "Dëshiron të jetojë pranë motrës"),
            new("ReviewEveryMonths", "3"),
            new("Needs[0].Area", "HousingAndShelter"), new("Needs[0].Level", "High"), new("Needs[0].Note", "Pa strehim të sigurt"),
            new("Needs[1].Area", "Health"), new("Needs[1].Level", "Low"),
            new("Goals[0].Area", "HousingAndShelter"), new("Goals[0].Text", goal),
            new("Goals[0].ResponsibleAgencyId", shelter.ToString(CultureInfo.InvariantCulture)),
            new("Goals[0].DueOn", DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("Goals[0].Services", services), new("Goals[0].Status", "Open"),
            // A blank row, as the form sends its empty rows: not a goal.
            new("Goals[1].Area", ""), new("Goals[1].Text", ""), new("Goals[1].ResponsibleAgencyId", ""), new("Goals[1].DueOn", ""), new("Goals[1].Status", "Open"),
        ];
    }

    private Task<AssistancePlan> PlanAsync(int caseId) =>
        portal.WithDbAsync(db => db.AssistancePlans.AsNoTracking().Include(p => p.Goals).Include(p => p.Reviews).SingleAsync(p => p.CaseId == caseId));

    [Fact]
    public async Task The_lead_writes_the_plan_a_supervisor_approves_it_and_the_review_falls_due_three_months_later()
    {
        var goal = Unique("Strehim-i-sigurt-");
        var (social, id) = await SocialServiceCaseAsync(Unique("Plani"));
        using var _ = social;
        Assert.Contains("data-testid=\"no-plan\"", await social.GetPageAsync($"/Cases/{id}/Plan"));

        var saved = await social.SubmitAsync($"/Cases/{id}/Plan/Edit", await PlanFieldsAsync(id, goal));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith($"/Cases/{id}/Plan", saved.Headers.Location!.OriginalString);
        var page = await social.GetPageAsync($"/Cases/{id}/Plan");
        Assert.Contains(goal, page);
        Assert.Contains("Pa strehim të sigurt", page);
        Assert.Single((await PlanAsync(id)).Goals);

        Assert.Equal(HttpStatusCode.Redirect, (await social.SubmitAsync($"/Cases/{id}/Plan", $"/Cases/{id}/Plan/Submit", [])).StatusCode);
        Assert.Equal(ApprovalState.Submitted, (await PlanAsync(id)).State);

        // A caseworker who is not a supervisor may not approve; the supervisor sees it waiting and approves it.
        Assert.Equal(HttpStatusCode.Forbidden, (await social.SubmitAsync($"/Cases/{id}/Plan", $"/Cases/{id}/Plan/Approve", [])).StatusCode);
        using var supervisor = await portal.SignedInClientAsync(Demo.SocialServiceSupervisor);
        var home = await supervisor.GetPageAsync("/");
        Assert.Contains("data-kind=\"PlanToApprove\"", home);
        Assert.Contains($"/Cases/{id}/Plan", home);
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.SubmitAsync($"/Cases/{id}/Plan", $"/Cases/{id}/Plan/Approve", [])).StatusCode);

        var plan = await PlanAsync(id);
        Assert.Equal(ApprovalState.Approved, plan.State);
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(today.AddMonths(3), plan.NextReviewDue);
        Assert.DoesNotContain("data-kind=\"PlanToApprove\"", await supervisor.GetPageAsync("/"));
        Assert.True(await portal.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.EntityType == nameof(Case) && a.EntityId == id.ToString(CultureInfo.InvariantCulture)
            && a.Action == AuditAction.Update && a.Fields == "PlanApproved")));
        Assert.Contains("Plani i asistencës u miratua", await social.GetPageAsync($"/Cases/{id}/Timeline"));

        // Changing an approved plan sends it back for approval.
        var again = await social.SubmitAsync($"/Cases/{id}/Plan/Edit", await PlanFieldsAsync(id, goal + " (ndryshuar)", plan.Version));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(ApprovalState.Draft, (await PlanAsync(id)).State);
    }

    [Fact]
    public async Task A_supervisor_never_approves_their_own_plan()
    {
        var (social, id) = await SocialServiceCaseAsync(Unique("Vetë"));
        social.Dispose();
        using var supervisor = await portal.SignedInClientAsync(Demo.SocialServiceSupervisor);
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.SubmitAsync($"/Cases/{id}/Plan/Edit", await PlanFieldsAsync(id, "Punë"))).StatusCode);
        await supervisor.SubmitAsync($"/Cases/{id}/Plan", $"/Cases/{id}/Plan/Submit", []);

        var approve = await supervisor.SubmitAsync($"/Cases/{id}/Plan", $"/Cases/{id}/Plan/Approve", []);

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Contains("Planin ose rishikimin e miraton një mbikëqyrës tjetër", await supervisor.GetPageAsync($"/Cases/{id}/Plan"));
        Assert.Equal(ApprovalState.Submitted, (await PlanAsync(id)).State);
    }

    [Fact]
    public async Task A_plan_is_absent_for_an_institution_outside_the_case_and_the_coordinator_sees_its_shape_without_its_words()
    {
        var goal = Unique("Fjalë-sekrete-");
        var (social, id) = await SocialServiceCaseAsync(Unique("Jashtë"));
        using var _ = social;
        await social.SubmitAsync($"/Cases/{id}/Plan/Edit", await PlanFieldsAsync(id, goal));
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        using var shelterSupervisor = await portal.SignedInClientAsync(Demo.ShelterSupervisor);

        foreach (var path in new[] { "/Plan", "/Plan/Edit", "/Plan/Review" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Cases/{id}{path}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await vlora.SubmitAsync("/", $"/Cases/{id}/Plan/Edit", await PlanFieldsAsync(id, "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shelterSupervisor.SubmitAsync("/", $"/Cases/{id}/Plan/Approve", [])).StatusCode);

        // The police hold the joint interview: they read the plan but do not write it.
        Assert.Contains(goal, await police.GetPageAsync($"/Cases/{id}/Plan"));
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync($"/Cases/{id}/Plan/Edit")).StatusCode);

        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var seen = await coordinator.GetPageAsync($"/Cases/{id}/Plan");
        Assert.Contains("data-testid=\"plan-goal\"", seen);
        Assert.DoesNotContain(goal, seen);
        Assert.DoesNotContain("Pa strehim të sigurt", seen);
    }

    [Fact]
    public async Task The_plans_words_are_encrypted_in_the_database()
    {
        var goal = Unique("Gjurmë-në-bazë-");
        var (social, id) = await SocialServiceCaseAsync(Unique("Baza"));
        using var _ = social;
        await social.SubmitAsync($"/Cases/{id}/Plan/Edit", await PlanFieldsAsync(id, goal));
        Assert.NotNull(await portal.WithDbAsync(db => db.AssistancePlans.SingleOrDefaultAsync(p => p.CaseId == id)));

        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
        var bytes = await File.ReadAllBytesAsync(portal.DatabasePath);
        Assert.DoesNotContain(goal, Encoding.UTF8.GetString(bytes));
        Assert.DoesNotContain("Dëshiron të jetojë pranë motrës", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Two_people_saving_the_same_plan_do_not_overwrite_each_other_and_the_second_keeps_what_they_typed()
    {
        var (social, id) = await SocialServiceCaseAsync(Unique("Njëkohësisht"));
        using var _ = social;
        await social.SubmitAsync($"/Cases/{id}/Plan/Edit", await PlanFieldsAsync(id, "Versioni i parë"));
        var version = (await PlanAsync(id)).Version;
        using var supervisor = await portal.SignedInClientAsync(Demo.SocialServiceSupervisor);

        Assert.Equal(HttpStatusCode.Redirect, (await social.SubmitAsync($"/Cases/{id}/Plan/Edit", await PlanFieldsAsync(id, "Nga punonjësi", version))).StatusCode);
        var late = await supervisor.SubmitAsync($"/Cases/{id}/Plan/Edit", await PlanFieldsAsync(id, "Nga mbikëqyrësi", version));

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = await late.Content.ReadAsStringAsync();
        Assert.Contains("Nga mbikëqyrësi", page);
        Assert.Contains("data-testid=\"form-errors\"", page);
        Assert.Contains("Nga punonjësi", await social.GetPageAsync($"/Cases/{id}/Plan"));
    }

    [Fact]
    public async Task A_goal_without_its_institution_or_date_is_refused_with_its_message_and_nothing_typed_is_lost()
    {
        var (social, id) = await SocialServiceCaseAsync(Unique("Gabim"));
        using var _ = social;
        var fields = (await PlanFieldsAsync(id, "Kurs rrobaqepësie"))
            .Where(f => f.Key is not ("Goals[0].ResponsibleAgencyId" or "Goals[0].DueOn")).ToList();

        var response = await social.SubmitAsync($"/Cases/{id}/Plan/Edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Kurs rrobaqepësie", page);
        Assert.Contains("Institucioni përgjegjës", page);
        Assert.Null(await portal.WithDbAsync(db => db.AssistancePlans.SingleOrDefaultAsync(p => p.CaseId == id)));
    }

    [Fact]
    public async Task Services_delivered_under_referrals_count_toward_the_goals_they_serve()
    {
        var (social, id) = await SocialServiceCaseAsync(Unique("Shërbim"));
        using var _ = social;
        await social.SubmitAsync($"/Cases/{id}/Plan/Edit", await PlanFieldsAsync(id, "Strehë"));
        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        var referral = await ReferralSteps.SentAsync(portal, social, id, "TDB");
        await ReferralSteps.StepAsync(portal, shelter, referral, "Accept");
        var version = await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral).Select(r => r.Version).SingleAsync());
        var delivered = await shelter.SubmitAsync($"/Cases/{id}", $"/Referrals/{referral}/Services",
            [new("Service", "ShelterAccommodation"), new("DeliveredOn", Today), new("Note", ""), new("Version", version.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, delivered.StatusCode);

        var page = await social.GetPageAsync($"/Cases/{id}/Plan");

        Assert.Contains("1 shërbim i ofruar përmes referimeve", page);
    }
}
