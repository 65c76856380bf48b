using AntiTrafik.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class BulletinBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_coordinator_records_a_training_and_finds_it_in_the_printed_bulletin_of_its_period()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Coordinator);
        await page.OpenFromMenuAsync("Trajnimet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Regjistro një trajnim" }).ClickAsync();

        var title = "Trajnim për identifikimin në Korçë " + Guid.NewGuid().ToString("N")[..4];
        await page.GetByLabel("Titulli").FillAsync(title);
        await page.GetByLabel("Lloji i trajnimit").SelectOptionAsync(new SelectOptionValue { Label = "Trajnim" });
        await page.GetByLabel("Nga", new() { Exact = true }).FillAsync("2028-04-10");
        await page.GetByLabel("Deri", new() { Exact = true }).FillAsync("2028-04-11");
        await page.GetByLabel("Gjendja").SelectOptionAsync(new SelectOptionValue { Label = "Zhvilluar" });
        await page.GetByLabel("Qyteti").FillAsync("Korçë");
        await page.Locator("#count-agency-0").SelectOptionAsync(new SelectOptionValue { Label = "Drejtoria Vendore e Policisë Korçë" });
        await page.Locator("#count-women-0").FillAsync("7");
        await page.Locator("#count-men-0").FillAsync("9");
        await page.Locator("#count-agency-1").SelectOptionAsync(new SelectOptionValue { Label = "Drejtoria Rajonale e Shërbimit Social Shtetëror Korçë" });
        await page.Locator("#count-women-1").FillAsync("6");
        await page.GetByLabel("Përmbledhja për buletinin").FillAsync("Trajnim dyditor për punonjësit e policisë dhe shërbimit social.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ruaj" }).ClickAsync();
        await Expect(page.GetByTestId("participant-total")).ToHaveTextAsync("22");
        await page.ExpectAccessibleAsync();

        await page.OpenFromMenuAsync("Buletinet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Përgatit një buletin" }).ClickAsync();
        await page.GetByLabel("Numri").FillAsync(Random.Shared.Next(2000, 9000).ToString());
        await page.GetByLabel("Nga").FillAsync("2028-04-01");
        await page.GetByLabel("Deri").FillAsync("2028-04-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Përgatit buletinin" }).ClickAsync();

        await Expect(page.GetByTestId("bulletin-items")).ToContainTextAsync(title);
        await Expect(page.GetByTestId("bulletin-items")).ToContainTextAsync("rreth 22 persona");
        await page.ExpectAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Versioni për printim" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Buletin Informativ");
        await Expect(page.Locator("main")).ToContainTextAsync(title);
        await page.ExpectAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
