using AntiTrafik.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CaseBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_police_caseworker_registers_a_potential_victim_and_the_coordinator_reveals_it_with_a_reason()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        await police.MainNav().GetByRole(AriaRole.Link, new() { Name = "Rastet" }).ClickAsync();
        await police.GetByRole(AriaRole.Link, new() { Name = "Regjistro një viktimë të mundshme" }).ClickAsync();

        await police.GetByLabel("Emri", new() { Exact = true }).FillAsync("Flutura");
        await police.GetByLabel("Mbiemri", new() { Exact = true }).FillAsync("Shkurti");
        await police.GetByLabel("Gjinia").SelectOptionAsync(new SelectOptionValue { Label = "Femër" });
        await police.GetByLabel("Mosha e vlerësuar").FillAsync("17");
        await police.GetByLabel("Shfrytëzim seksual").CheckAsync();
        await police.GetByLabel("Data e identifikimit").FillAsync("2026-10-05");
        await police.GetByLabel("Identifikuar nëpërmjet").SelectOptionAsync(new SelectOptionValue { Label = "Njësia mobile e identifikimit" });
        await police.GetByLabel("Policia për intervistën e përbashkët").SelectOptionAsync(new SelectOptionValue { Label = "Drejtoria Vendore e Policisë Tiranë" });
        await police.GetByLabel("Shërbimi social për intervistën e përbashkët").SelectOptionAsync(new SelectOptionValue { Label = "Drejtoria Rajonale e Shërbimit Social Shtetëror Tiranë" });
        await police.Locator("#assist-yes").CheckAsync();
        await police.Locator("#share-yes").CheckAsync();
        await police.GetByLabel("Pëlqimi u dha nga").SelectOptionAsync(new SelectOptionValue { Label = "Kujdestari" });
        await police.GetByRole(AriaRole.Button, new() { Name = "Regjistro", Exact = true }).ClickAsync();

        await Expect(police.GetByRole(AriaRole.Status)).ToContainTextAsync("Rasti u regjistrua.");
        var heading = await police.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        var number = heading!.Replace("Rasti ", string.Empty).Trim();
        Assert.Matches(@"^AT-\d{4}-\d{5}$", number);
        await Expect(police.GetByTestId("case-status")).ToContainTextAsync("Fëmijë");
        await police.ExpectAccessibleAsync();

        await police.MainNav().GetByRole(AriaRole.Link, new() { Name = "Rastet" }).ClickAsync();
        await police.GetByLabel("Numri i rastit").FillAsync(number);
        await police.GetByRole(AriaRole.Button, new() { Name = "Filtro" }).ClickAsync();
        await police.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(police.GetByTestId("identity")).ToContainTextAsync("Flutura Shkurti");

        var coordinator = await browser.NewPageAsync();
        await coordinator.SignInAsync(Demo.Coordinator);
        await coordinator.MainNav().GetByRole(AriaRole.Link, new() { Name = "Rastet" }).ClickAsync();
        await coordinator.GetByLabel("Numri i rastit").FillAsync(number);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Filtro" }).ClickAsync();
        await Expect(coordinator.GetByTestId("cases-table")).ToContainTextAsync("F.S.");
        await Expect(coordinator.GetByTestId("cases-table")).Not.ToContainTextAsync("Flutura");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(coordinator.GetByTestId("pseudonym")).ToContainTextAsync("F.S.");
        var caseUrl = coordinator.Url;
        await Expect(coordinator.Locator("main")).Not.ToContainTextAsync("Shkurti");

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Shfaq identitetin" }).ClickAsync();
        await Expect(coordinator.GetByTestId("form-errors")).ToContainTextAsync("Fusha „Arsyeja” është e detyrueshme.");
        await coordinator.GetByLabel("Arsyeja për shfaqjen e identitetit").FillAsync("Verifikim për raportin GRETA");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Shfaq identitetin" }).ClickAsync();

        await Expect(coordinator.GetByTestId("identity")).ToContainTextAsync("Flutura Shkurti");
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Identiteti shfaqet vetëm në këtë faqe.");
        await coordinator.ExpectAccessibleAsync();
        await coordinator.GotoAsync(caseUrl);
        await Expect(coordinator.Locator("main")).Not.ToContainTextAsync("Shkurti");

        await police.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }
}
