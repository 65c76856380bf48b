using System.Globalization;
using System.Net;
using System.Text;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>Risk and safety at /Cases/{id}/Risk: repeated assessments, the latest level in the case header, the safety plan encrypted.</summary>
public sealed class RiskAssessmentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private string Today => DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string>[] Assessment(string date, string occasion, string level, string safetyPlan, string reasons = "Trafikanti e ka kontaktuar sërish") =>
    [
        new("Occasion", occasion), new("AssessedOn", date),
        new("ReTrafficking", level), new("TraffickerThreats", "Low"), new("Health", "Low"), new("Family", "Low"),
        new("SafetyPlan", safetyPlan), new("Reasons", reasons),
    ];

    [Fact]
    public async Task Each_assessment_is_kept_the_header_shows_the_latest_level_and_the_safety_plan_stays_with_those_working_on_the_case()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Mira", "Rreziku" + Guid.NewGuid().ToString("N")[..5]);
        Assert.Contains("Ende i pavlerësuar", await police.GetPageAsync($"/Cases/{id}"));
        var safety = "Strehë e fshehtë-" + Guid.NewGuid().ToString("N")[..6];

        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Risk/New", Assessment(Today, "AtIdentification", "High", safety))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Risk/New", Assessment(Today, "BeforeReturnOrMove", "Low", ""))).StatusCode);

        var header = await police.GetPageAsync($"/Cases/{id}");
        Assert.Matches("data-testid=\"case-risk\">\\s*<span class=\"badge text-bg-success\">I ulët</span>", header);
        var risk = await police.GetPageAsync($"/Cases/{id}/Risk");
        Assert.Equal(2, risk.Split("data-testid=\"risk-row\"").Length - 1);
        Assert.Contains(safety, risk);
        Assert.Contains("Para kthimit ose zhvendosjes", risk);

        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var seen = await coordinator.GetPageAsync($"/Cases/{id}/Risk");
        Assert.Contains("I lartë", seen);
        Assert.DoesNotContain(safety, seen);

        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Cases/{id}/Risk")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.SubmitAsync("/", $"/Cases/{id}/Risk/New", Assessment(Today, "Other", "Low", ""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/Cases/{id}/Risk/New")).StatusCode);

        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
        Assert.DoesNotContain(safety, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(portal.DatabasePath)));
    }

    [Fact]
    public async Task A_high_risk_without_a_safety_plan_or_a_future_date_is_refused_with_the_reasons_kept()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Ema", "Plan" + Guid.NewGuid().ToString("N")[..5]);
        var future = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var response = await police.SubmitAsync($"/Cases/{id}/Risk/New", Assessment(future, "AtIdentification", "High", "", "Arsye e shkruar gjatë"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Një rrezik mesatar ose i lartë kërkon një plan sigurie.", page);
        Assert.Contains("Vlerësimi nuk mund të ketë datë në të ardhmen.", page);
        Assert.Contains("Arsye e shkruar gjatë", page);
        Assert.False(await portal.WithDbAsync(db => db.RiskAssessments.AnyAsync(r => r.CaseId == id)));
    }
}
