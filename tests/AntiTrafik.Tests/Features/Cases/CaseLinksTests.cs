using System.Net;
using System.Text;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>
/// Links between cases at /Cases/{id}/Links: a group of the victims of one trafficking case never shows a case to someone
/// outside its scope, and its persons of interest are for the police and the coordinator's office alone.
/// </summary>
public sealed class CaseLinksTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task A_group_shows_each_linked_case_only_to_those_who_see_it_and_its_suspects_only_to_police_and_coordinator()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var first = await CaseForms.RegisterAsync(portal, police, "Era", Unique("Grupi"));
        var second = await CaseForms.RegisterAsync(portal, police, "Iva", Unique("Grupi"));
        var elsewhere = await CaseForms.RegisterAsync(portal, vlora, "Ina", Unique("Larg"), police: "DVP-VLORE", social: "SHSSH-VLORE");
        var numbers = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == second || c.Id == elsewhere).ToDictionaryAsync(c => c.Id, c => c.Number));
        var reference = Unique("Operacioni-");
        var suspect = Unique("Trafikant-");

        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{first}/Links", $"/Cases/{first}/Links/Groups", [new("Reference", reference)])).StatusCode);
        var groupId = await portal.WithDbAsync(db => db.CaseGroupMembers.Where(m => m.CaseId == first).Select(m => m.GroupId).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{first}/Links", $"/Cases/{first}/Links/Groups/{groupId}/Cases", [new("Number", numbers[second])])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{first}/Links", $"/Cases/{first}/Links/Groups/{groupId}/Persons", [new("Description", suspect)])).StatusCode);

        // A case the police of Tirana do not see cannot be added by them: the answer is the same as for no such case.
        var refused = await police.SubmitAsync($"/Cases/{first}/Links", $"/Cases/{first}/Links/Groups/{groupId}/Cases", [new("Number", numbers[elsewhere])]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Nuk ka rast me këtë numër që ju mund ta shihni.", await refused.Content.ReadAsStringAsync());

        // The coordinator's office, which sees every case, adds it; Tirana then reads it as a case at another institution.
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/Cases/{first}/Links", $"/Cases/{first}/Links/Groups/{groupId}/Cases", [new("Number", numbers[elsewhere])])).StatusCode);
        var page = await police.GetPageAsync($"/Cases/{first}/Links");
        Assert.Contains(numbers[second], page);
        Assert.DoesNotContain(numbers[elsewhere], page);
        Assert.Contains("Një rast i lidhur në një institucion tjetër", page);
        Assert.Contains(suspect, page);
        Assert.Contains(reference, page);
        Assert.Contains(suspect, await coordinator.GetPageAsync($"/Cases/{first}/Links"));

        // Vlora's own case shows the group, but not Tirana's cases; not Tirana's case itself either.
        var fromVlora = await vlora.GetPageAsync($"/Cases/{elsewhere}/Links");
        Assert.DoesNotContain(numbers[second], fromVlora);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Cases/{first}/Links")).StatusCode);

        // A shelter serving a referral sees the case and its group, but neither the suspects nor the forms.
        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        var referral = await ReferralSteps.SentAsync(portal, police, first, "TDB");
        await ReferralSteps.StepAsync(portal, shelter, referral, "Accept");
        var served = await shelter.GetPageAsync($"/Cases/{first}/Links");
        Assert.Contains("data-testid=\"case-group\"", served);
        Assert.DoesNotContain(suspect, served);
        Assert.DoesNotContain(reference, served);
        Assert.DoesNotContain("data-testid=\"start-group\"", served);
        Assert.Equal(HttpStatusCode.Forbidden, (await shelter.SubmitAsync($"/Cases/{first}/Links", $"/Cases/{first}/Links/Groups/{groupId}/Persons", [new("Description", "x")])).StatusCode);

        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
        var bytes = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(portal.DatabasePath));
        Assert.DoesNotContain(suspect, bytes);
        Assert.DoesNotContain(reference, bytes);

        // The national figures count the group once and each person once.
        var statistics = await coordinator.GetPageAsync("/Statistics");
        Assert.Contains("data-testid=\"table-groups\"", statistics);
    }
}
