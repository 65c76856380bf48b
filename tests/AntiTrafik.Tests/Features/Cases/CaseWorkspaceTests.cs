using System.Net;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>Each page of a case's workspace decides access on the server as the case's overview does.</summary>
public sealed class CaseWorkspaceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] Sections = ["", "/Identification", "/Referrals", "/Plan", "/Risk", "/Timeline", "/Print"];

    /// <summary>Forms only the lead institution (here the police, who registered the case) may send.</summary>
    private static readonly string[] LeadsForms = ["/Consent", "/Close", "/Reopen", "/Lead/Offer", "/Assess/Police"];

    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..6].ToLowerInvariant();

    [Fact]
    public async Task Every_section_and_form_of_a_case_is_absent_for_an_institution_outside_it_and_forbidden_to_one_that_may_not_act()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var last = Unique("Hapësira");
        var id = await CaseForms.RegisterAsync(portal, police, "Arta", last);
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        using var social = await portal.SignedInClientAsync(Demo.SocialServiceTirana);

        foreach (var path in Sections.Concat(LeadsForms).Append("/Refer").Append("/Assess/SocialService"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Cases/{id}{path}")).StatusCode);
        }

        foreach (var path in Sections)
        {
            Assert.Contains(last, await police.GetPageAsync($"/Cases/{id}{path}"));
            // The social service holds the joint interview: it sees every section (and the case on paper).
            Assert.Contains(path == "/Print" ? "data-testid=\"print-summary\"" : "data-testid=\"case-header\"", await social.GetPageAsync($"/Cases/{id}{path}"));
        }

        foreach (var path in LeadsForms)
        {
            Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/Cases/{id}{path}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await social.GetAsync($"/Cases/{id}{path}")).StatusCode);
        }

        // Every institution working on the case may refer it.
        Assert.Equal(HttpStatusCode.OK, (await social.GetAsync($"/Cases/{id}/Refer")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await social.GetAsync($"/Cases/{id}/Assess/SocialService")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync($"/Cases/{id}/Assess/SocialService")).StatusCode);
    }

    [Fact]
    public async Task The_coordinators_printed_summary_has_the_initials_and_is_recorded_as_a_look_at_the_case()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var last = Unique("Letra");
        var id = await CaseForms.RegisterAsync(portal, police, "Drita", last);
        await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Notes", [new("Text", "Takim në stacion")]);
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var views = await ViewsAsync(id);

        var paper = await coordinator.GetPageAsync($"/Cases/{id}/Print");

        Assert.Contains("D.L.", paper);
        Assert.DoesNotContain(last, paper);
        Assert.DoesNotContain("Drita", paper);
        Assert.DoesNotContain("Takim në stacion", paper);
        Assert.Equal(views + 1, await ViewsAsync(id));
        Assert.Contains($"Drita {last}", await police.GetPageAsync($"/Cases/{id}/Print"));
        Assert.Contains("Takim në stacion", await police.GetPageAsync($"/Cases/{id}/Print"));
    }

    [Fact]
    public async Task After_each_action_the_person_lands_where_they_acted()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Sara", Unique("Vendi"));

        async Task<string> Where(string path, params (string Name, string Value)[] fields)
        {
            var response = await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}{path}", fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return response.Headers.Location!.OriginalString;
        }

        Assert.Equal($"/Cases/{id}/Timeline", await Where("/Notes", ("Text", "Një shënim")));
        Assert.Equal($"/Cases/{id}/Identification", await Where("/Assess/Police", ("Finding", "Victim"), ("Reasons", "Tregues")));
        Assert.Equal($"/Cases/{id}", await Where("/Consent", ("Subject", "DataSharing"), ("Given", "true"), ("GivenBy", "Person")));
        Assert.Equal($"/Cases/{id}/Referrals", (await ReferralSteps.SendAsync(portal, police, id, "TDB")).Headers.Location!.OriginalString);
        Assert.Equal($"/Cases/{id}", await Where("/Close", ("Reason", "Reintegrated")));
    }

    private Task<int> ViewsAsync(int id) =>
        portal.WithDbAsync(db => db.AuditTrail.CountAsync(a => a.Action == AuditAction.View && a.EntityId == id.ToString()));
}
