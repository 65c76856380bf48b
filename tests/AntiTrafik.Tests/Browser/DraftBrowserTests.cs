using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using AntiTrafik.Web.Features.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

/// <summary>What was typed in a long form survives the end of a session, for the person who typed it and nobody else.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DraftBrowserTests(BrowserFixture browser)
{
    private static ILocator FirstName(IPage page) => page.GetByLabel("Emri", new() { Exact = true });

    private static ILocator LastName(IPage page) => page.GetByLabel("Mbiemri", new() { Exact = true });

    /// <summary>Starts a registration and types part of it, until the page says the draft holds all of it.</summary>
    private static async Task TypePartOfARegistrationAsync(IPage page, string first, string last)
    {
        await page.GotoAsync("/Cases/Register");
        await FirstName(page).FillAsync(first);
        await LastName(page).FillAsync(last);
        await page.GetByLabel("Gjinia").SelectOptionAsync(new SelectOptionValue { Label = "Femër" });
        await page.GetByLabel("Shfrytëzim seksual").CheckAsync();
        await page.GetByLabel("Mosha e vlerësuar").FillAsync("24");
        await Expect(page.GetByTestId("draft-status")).ToContainTextAsync("Drafti u ruajt");
    }

    /// <summary>On the sign-in page the portal sent the person to (its address leads back where they were).</summary>
    private static async Task SignInHereAsync(IPage page, string email)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl="));
        await page.GetByLabel("Email-i").FillAsync(email);
        await page.GetByLabel("Fjalëkalimi").FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hyr", Exact = true }).ClickAsync();
    }

    private Task<int> RegistrationDraftsOfAsync(string email) =>
        browser.Portal.WithDbAsync(async db =>
        {
            var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.Drafts.CountAsync(d => d.OwnerId == owner && d.Form == DraftKinds.Keys.CaseRegistration);
        });

    [Fact]
    public async Task A_session_that_ends_mid_registration_brings_the_form_back_filled_in_after_signing_in_again()
    {
        var last = "Pritura" + Guid.NewGuid().ToString("N")[..5];
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.PoliceTirana);
        await TypePartOfARegistrationAsync(page, "Mirela", last);

        // Away from the desk for more than the 30 minutes: the session is over when the form is sent.
        browser.Portal.Clock.Advance(TimeSpan.FromMinutes(31));
        await page.GetByRole(AriaRole.Button, new() { Name = "Regjistro", Exact = true }).ClickAsync();
        await SignInHereAsync(page, Demo.PoliceTirana);

        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Register$"));
        await Expect(page.GetByTestId("draft-restored")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("draft-restored")).ToContainTextAsync("Ky formular u plotësua nga drafti juaj");
        await Expect(FirstName(page)).ToHaveValueAsync("Mirela");
        await Expect(LastName(page)).ToHaveValueAsync(last);
        await Expect(page.GetByLabel("Gjinia")).ToHaveValueAsync("Female");
        await Expect(page.GetByLabel("Shfrytëzim seksual")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Mosha e vlerësuar")).ToHaveValueAsync("24");

        // The rest is filled in and the case registered: its draft has served and is gone.
        await page.GetByLabel("Identifikuar nëpërmjet").SelectOptionAsync(new SelectOptionValue { Label = "Njësia mobile e identifikimit" });
        await page.GetByLabel("Policia për intervistën e përbashkët").SelectOptionAsync(new SelectOptionValue { Label = "Drejtoria Vendore e Policisë Tiranë" });
        await page.GetByLabel("Shërbimi social për intervistën e përbashkët").SelectOptionAsync(new SelectOptionValue { Label = "Drejtoria Rajonale e Shërbimit Social Shtetëror Tiranë" });
        await page.Locator("#assist-yes").CheckAsync();
        await page.Locator("#share-yes").CheckAsync();
        await page.GetByLabel("Pëlqimi u dha nga").SelectOptionAsync(new SelectOptionValue { Label = "Vetë personi" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Regjistro", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Rasti u regjistrua.");
        await Expect(page.GetByTestId("identity")).ToContainTextAsync("Mirela " + last);
        Assert.Equal(0, await RegistrationDraftsOfAsync(Demo.PoliceTirana));

        await page.GotoAsync("/Cases/Register");
        await Expect(FirstName(page)).ToHaveValueAsync(string.Empty);
        await Expect(page.GetByTestId("draft-restored")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Whoever_signs_in_next_on_the_same_browser_gets_an_empty_form_and_the_first_person_gets_theirs_back()
    {
        var last = "Endur" + Guid.NewGuid().ToString("N")[..5];
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.PoliceTirana);
        await TypePartOfARegistrationAsync(page, "Blerta", last);

        // The session ends with the form open; a colleague at the same computer sends it and signs in as themselves.
        browser.Portal.Clock.Advance(TimeSpan.FromMinutes(31));
        await page.GetByRole(AriaRole.Button, new() { Name = "Regjistro", Exact = true }).ClickAsync();
        await SignInHereAsync(page, Demo.PoliceVlora);

        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Register$"));
        await Expect(page.GetByTestId("current-user")).ToContainTextAsync("Vlorë");
        await Expect(FirstName(page)).ToHaveValueAsync(string.Empty);
        await Expect(LastName(page)).ToHaveValueAsync(string.Empty);
        await Expect(page.GetByTestId("draft-restored")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(last);
        Assert.DoesNotContain(last, await page.ContentAsync());
        await page.OpenUserMenuAsync();
        await page.GetByTestId("my-drafts").ClickAsync();
        await Expect(page.GetByTestId("no-drafts")).ToBeVisibleAsync();

        // Nothing of it was kept in the browser either.
        var stored = await page.EvaluateAsync<string>("() => JSON.stringify(Object.assign({}, localStorage)) + JSON.stringify(Object.assign({}, sessionStorage))");
        Assert.DoesNotContain(last, stored);
        Assert.DoesNotContain("Blerta", stored);

        // The colleague signs out; the person who typed it signs in again and finds it.
        await page.SignOutAsync();
        await page.SignInAsync(Demo.PoliceTirana);
        await page.OpenUserMenuAsync();
        await page.GetByTestId("my-drafts").ClickAsync();
        await Expect(page.GetByTestId("drafts")).ToContainTextAsync("Regjistrimi i një rasti");
        await page.ExpectAccessibleAsync();
        await page.GetByTestId("drafts").GetByRole(AriaRole.Link, new() { Name = "Vazhdo" }).ClickAsync();
        await Expect(LastName(page)).ToHaveValueAsync(last);

        // Discarded from the form, it is gone and the form is empty again.
        await page.GetByTestId("draft-restored").GetByRole(AriaRole.Button, new() { Name = "Hidhe poshtë draftin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Drafti u hodh poshtë.");
        await Expect(LastName(page)).ToHaveValueAsync(string.Empty);
        Assert.Equal(0, await RegistrationDraftsOfAsync(Demo.PoliceTirana));
        await page.Context.CloseAsync();
    }
}
