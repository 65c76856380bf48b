using System.Net;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Audit;

/// <summary>The trail read as sentences in the reader's language, by the people and cases they name, filtered on the server.</summary>
public sealed class AuditTrailTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Entries(string page) =>
        string.Concat(page.Split("data-testid=\"audit-entry\"").Skip(1));

    [Fact]
    public async Task A_referrals_answer_is_said_with_the_persons_name_institution_case_number_and_states_in_Albanian()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Gjurmë", "Fjalish");
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync());
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        await ReferralSteps.StepAsync(portal, shelter, referral, "Accept");
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);

        var page = await coordinator.GetPageAsync($"/Audit?Case={number}");

        var entries = Entries(page);
        Assert.Contains($"Anila Kola (Të Ndryshëm dhe të Barabartë) ndryshoi gjendjen e referimit në rastin {number} nga „Dërguar” në „Pranuar”.", entries);
        Assert.Contains($"Gentian Leka (Drejtoria Vendore e Policisë Tiranë) e referoi rastin {number} te Të Ndryshëm dhe të Barabartë.", entries);
        Assert.Contains($"Gentian Leka (Drejtoria Vendore e Policisë Tiranë) regjistroi rastin {number}.", entries);
        Assert.DoesNotContain("Gjurmë", page);
        Assert.DoesNotContain("Fjalish", page);
        Assert.DoesNotContain("State Sent", page);
        Assert.DoesNotContain($"Case {caseId}", page);
    }

    [Fact]
    public async Task The_filters_narrow_the_trail_on_the_server_by_case_person_and_kind()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var mine = await CaseForms.RegisterAsync(portal, police, "Filtër", "Njëshi");
        var other = await CaseForms.RegisterAsync(portal, police, "Filtër", "Dyshi");
        var (mineNumber, otherNumber) = await portal.WithDbAsync(async db => (
            await db.Cases.Where(c => c.Id == mine).Select(c => c.Number).SingleAsync(),
            await db.Cases.Where(c => c.Id == other).Select(c => c.Number).SingleAsync()));
        await police.GetPageAsync($"/Cases/{mine}");
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        await coordinator.GetPageAsync($"/Cases/{mine}");

        var ofCase = Entries(await coordinator.GetPageAsync($"/Audit?Case={mineNumber.ToLowerInvariant()}"));
        var ofPerson = Entries(await coordinator.GetPageAsync($"/Audit?Case={mineNumber}&Person=gentian"));
        var ofKind = Entries(await coordinator.GetPageAsync($"/Audit?Case={mineNumber}&Kind=View"));
        var unknown = await coordinator.GetPageAsync("/Audit?Case=AT-1999-99999");

        Assert.Contains($"rastin {mineNumber}", ofCase);
        Assert.DoesNotContain(otherNumber, ofCase);
        Assert.Contains("Elona Shehu", ofCase);
        Assert.DoesNotContain("Elona Shehu", ofPerson);
        Assert.Contains($"Gentian Leka (Drejtoria Vendore e Policisë Tiranë) hapi rastin {mineNumber}.", ofPerson);
        Assert.DoesNotContain("regjistroi rastin", ofKind);
        Assert.Contains($"Elona Shehu (Zyra e Koordinatorit Kombëtar Antitrafik) hapi rastin {mineNumber}.", ofKind);
        Assert.Contains("Asnjë regjistrim nuk përputhet me këta filtra.", unknown);
    }

    [Fact]
    public async Task The_reader_who_chose_English_reads_the_sentences_in_English()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Anglisht", "Gjuha");
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync());
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        await coordinator.SubmitAsync("/Statistics", "/Language/Set", [new("culture", "en"), new("returnUrl", "/")]);

        var page = await coordinator.GetPageAsync($"/Audit?Case={number}");

        Assert.Contains($"Gentian Leka (Drejtoria Vendore e Policisë Tiranë) registered case {number}.", page);
    }

    [Fact]
    public async Task Only_the_coordinators_office_reads_the_trail()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync("/Audit")).StatusCode);
    }
}
