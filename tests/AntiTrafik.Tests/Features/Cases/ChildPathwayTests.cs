using System.Globalization;
using System.Net;
using System.Text;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>A child's pathway at /Cases/{id}/Child: its deadlines in the lead's work queue, its words encrypted, none for an adult.</summary>
public sealed class ChildPathwayTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private string Day(int days) => DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_childs_missing_guardian_waits_in_the_queue_until_the_pathway_is_recorded_step_by_step()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var last = "Fëmija" + Guid.NewGuid().ToString("N")[..5];
        var id = await CaseForms.RegisterAsync(portal, police, "Ardit", last, overrides: [("EstimatedAge", "14"), ("ConsentGivenBy", "ChildProtectionWorker")]);
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync());

        var home = await police.GetPageAsync("/");
        Assert.Contains("data-kind=\"ChildStepDue\"", home);
        Assert.Contains($"/Cases/{id}/Child", home);
        Assert.Contains("caktimi i kujdestarit", await police.GetPageAsync($"/Cases/{id}/Child"));

        var guardian = "Kujdestar" + Guid.NewGuid().ToString("N")[..5];
        var refused = await police.SubmitAsync($"/Cases/{id}/Child/Edit",
            [new("Version", "0"), new("GuardianName", guardian), new("GuardianAppointedOn", ""), new("FamilyTracing", "InProgress"), new("ChildViews", "Dua të shkoj në shkollë")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Jepni datën kur u caktua kujdestari.", again);
        Assert.Contains("Dua të shkoj në shkollë", again);

        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Child/Edit",
        [
            new("Version", "0"), new("GuardianName", guardian), new("GuardianAppointedOn", Day(0)), new("GuardianAppointedBy", "Court"),
            new("FamilyTracing", "InProgress"), new("ChildViews", "Dua të shkoj në shkollë"), new("ChildHeardOn", Day(0)),
        ])).StatusCode);
        var page = await police.GetPageAsync($"/Cases/{id}/Child");
        Assert.Contains(guardian, page);
        Assert.Contains("vlerësimi i interesit më të lartë", page);

        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var seen = await coordinator.GetPageAsync($"/Cases/{id}/Child");
        Assert.DoesNotContain(guardian, seen);
        Assert.DoesNotContain("Dua të shkoj në shkollë", seen);
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Cases/{id}/Child")).StatusCode);

        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
        Assert.DoesNotContain(guardian, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(portal.DatabasePath)));

        var version = await portal.WithDbAsync(db => db.ChildPathways.Where(p => p.CaseId == id).Select(p => p.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Child/Edit",
        [
            new("Version", version.ToString(CultureInfo.InvariantCulture)), new("GuardianName", guardian), new("GuardianAppointedOn", Day(0)), new("GuardianAppointedBy", "Court"),
            new("AssessedOn", Day(0)), new("DeterminedOn", Day(0)), new("Determination", "Kthim në familje me mbështetje"), new("FamilyTracing", "FamilyFound"),
        ])).StatusCode);
        Assert.DoesNotContain($"/Cases/{id}/Child", await police.GetPageAsync("/"));
        Assert.Contains(number, await police.GetPageAsync($"/Cases/{id}/Child"));
    }

    [Fact]
    public async Task An_adults_case_has_no_childs_pathway()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Besa", "Rritur" + Guid.NewGuid().ToString("N")[..5]);

        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/Cases/{id}/Child")).StatusCode);
        Assert.DoesNotContain($"/Cases/{id}/Child", await police.GetPageAsync($"/Cases/{id}"));
    }
}
