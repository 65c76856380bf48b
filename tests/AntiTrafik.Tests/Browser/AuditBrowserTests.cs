using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AuditBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_coordinator_reads_who_did_what_on_which_case_and_why_in_Albanian_and_filters_by_case_person_and_kind()
    {
        // A demo case of the Tirana police: the person's name must never show on the audit page.
        var demo = await browser.Portal.WithDbAsync(db => db.Cases.OrderBy(c => c.Id).Select(c => new { c.Id, c.Number }).FirstAsync());
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        await police.GotoAsync($"/Cases/{demo.Id}");
        await Expect(police.GetByTestId("identity")).ToBeVisibleAsync();

        var coordinator = await browser.NewPageAsync();
        await coordinator.SignInAsync(Demo.Coordinator);
        await coordinator.GotoAsync($"/Cases/{demo.Id}");
        await coordinator.GetByLabel("Arsyeja për shfaqjen e identitetit").FillAsync("Kontroll i dyfishimeve për raportin vjetor");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Shfaq identitetin" }).ClickAsync();
        await Expect(coordinator.GetByTestId("identity")).ToBeVisibleAsync();
        var victim = (await coordinator.GetByTestId("identity").Locator("dd").First.TextContentAsync())!.Trim();

        await coordinator.OpenFromMenuAsync("Gjurma e auditimit");
        await coordinator.GetByLabel("Numri i rastit").FillAsync(demo.Number);
        await coordinator.GetByLabel("Çfarë ndodhi").SelectOptionAsync(new SelectOptionValue { Label = "Shfaqje identiteti" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Filtro" }).ClickAsync();

        var entries = coordinator.GetByTestId("audit-entry");
        await Expect(entries).ToHaveCountAsync(1);
        await Expect(entries.First).ToContainTextAsync(
            $"Elona Shehu (Zyra e Koordinatorit Kombëtar Antitrafik) shfaqi identitetin në rastin {demo.Number}. Arsyeja e dhënë: „Kontroll i dyfishimeve për raportin vjetor”");
        await Expect(entries.First.GetByRole(AriaRole.Link, new() { Name = demo.Number })).ToBeVisibleAsync();
        await Expect(coordinator.GetByLabel("Çfarë ndodhi")).ToHaveValueAsync("RevealIdentity");

        // Every kind of this case, by one person: the police caseworker opening it, said with their institution.
        await coordinator.GetByLabel("Çfarë ndodhi").SelectOptionAsync(new SelectOptionValue { Label = "Të gjitha" });
        await coordinator.GetByLabel("Personi").FillAsync("Gentian");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Filtro" }).ClickAsync();
        await Expect(entries.First).ToContainTextAsync($"Gentian Leka (Drejtoria Vendore e Policisë Tiranë) hapi rastin {demo.Number}.");
        foreach (var text in await entries.AllTextContentsAsync())
        {
            Assert.Contains("Gentian Leka", text);
            Assert.Contains(demo.Number, text);
        }

        await Expect(coordinator.Locator("main")).Not.ToContainTextAsync(victim);
        await Expect(coordinator.Locator("main")).Not.ToContainTextAsync("State Sent");

        // A person with nothing on this case: the page says so.
        await coordinator.GetByLabel("Personi").FillAsync("Diana Gjoni");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Filtro" }).ClickAsync();
        await Expect(coordinator.GetByTestId("audit-empty")).ToHaveTextAsync("Asnjë regjistrim nuk përputhet me këta filtra.");

        await police.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }
}
