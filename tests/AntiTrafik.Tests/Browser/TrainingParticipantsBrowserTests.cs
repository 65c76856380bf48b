using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

/// <summary>A training's named participants are rows, as a meeting's: one more is added on the page, and a portal account's e-mail links one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainingParticipantsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_coordinator_names_participants_in_rows_and_links_one_by_the_e_mail_of_their_account()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Coordinator);
        await page.GotoAsync("/Trainings/New");
        var title = "Trajnim me rreshta " + Guid.NewGuid().ToString("N")[..5];
        await page.GetByLabel("Titulli", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Lloji i trajnimit").SelectOptionAsync(new SelectOptionValue { Label = "Punëtori" });
        await page.GetByLabel("Nga", new() { Exact = true }).FillAsync("2031-04-10");

        await page.GetByLabel("Emri (pjesëmarrësi 1)").FillAsync("Blerina Hoxha");
        await page.GetByLabel("Funksioni (pjesëmarrësi 1)").FillAsync("trajnere");
        await page.GetByLabel("E-maili i llogarisë në portal (pjesëmarrësi 2)").FillAsync(Demo.SocialServiceTirana);
        await page.GetByRole(AriaRole.Button, new() { Name = "Shto një rresht tjetër" }).ClickAsync();
        await Expect(page.GetByLabel("Emri (pjesëmarrësi 4)")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Dritan Mema");
        await page.ExpectAccessibleAsync();
        await page.GetByTestId("participants-rows").Locator("xpath=ancestor::form").Locator("button[type=submit]:not([name=AddRow])").Last.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var named = page.GetByTestId("training-participants");
        await Expect(named).ToContainTextAsync("Blerina Hoxha, trajnere");
        await Expect(named).ToContainTextAsync("Mirela Dervishi — Drejtoria Rajonale e Shërbimit Social Shtetëror Tiranë");
        await Expect(named).ToContainTextAsync("Dritan Mema");
        await page.Context.CloseAsync();
    }
}
