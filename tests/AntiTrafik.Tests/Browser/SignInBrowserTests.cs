using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string, string, string> DemoAccounts => new()
    {
        { Demo.Admin, "Arben Hoxha", "Administrator" },
        { Demo.Coordinator, "Elona Shehu", "Koordinator (ZKKA)" },
        { Demo.PoliceTirana, "Gentian Leka", "Punonjës i rasteve" },
        { Demo.SocialServiceTirana, "Mirela Dervishi", "Punonjës i rasteve" },
        { Demo.ShelterTdb, "Anila Kola", "Punonjës i rasteve" },
        { Demo.ChildRightsAgency, "Besnik Marku", "Punonjës i rasteve" },
        { Demo.PoliceVlora, "Ilir Basha", "Punonjës i rasteve" },
        { Demo.Secretary, "Diana Gjoni", "Sekretar i takimeve" },
    };

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Each_demo_account_signs_in_through_the_form_and_sees_its_own_menu(string email, string name, string role)
    {
        var page = await browser.NewPageAsync();

        await page.SignInAsync(email);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Mirë se vini, {name}");
        await Expect(page.GetByTestId("roles")).ToContainTextAsync(role);
        await page.ExpectAccessibleAsync();
        await Expect(page.MainNav().GetByRole(AriaRole.Link, new() { Name = "Institucionet" })).ToBeVisibleAsync();
        var usersLink = page.MainNav().GetByRole(AriaRole.Link, new() { Name = "Përdoruesit" });
        if (email == Demo.Admin)
        {
            await Expect(usersLink).ToBeVisibleAsync();
            await usersLink.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Përdoruesit");
        }
        else
        {
            await Expect(usersLink).ToHaveCountAsync(0);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_an_Albanian_error_on_the_form()
    {
        var page = await browser.NewPageAsync();

        await page.SignInAsync(Demo.PoliceVlora, "Gabim-2026!");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Email ose fjalëkalim i gabuar.");
        await Expect(page.GetByLabel("Email-i")).ToHaveValueAsync(Demo.PoliceVlora);
        await Expect(page.GetByLabel("Fjalëkalimi")).ToHaveValueAsync(string.Empty);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_changes_the_page_language_and_is_remembered()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sq");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await page.GetByLabel("E-mail").FillAsync(Demo.Coordinator);
        await page.GetByLabel("Password").FillAsync(AntiTrafik.Web.Data.Seeding.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Second step of sign-in");
        await page.GetByLabel("Code from the authenticator app").FillAsync(Totp.Code(AntiTrafik.Web.Data.Seeding.DemoSeeder.AuthenticatorKey));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome, Elona Shehu");

        await page.GetByRole(AriaRole.Button, new() { Name = "Shqip" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mirë se vini, Elona Shehu");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_login_form_works_with_the_keyboard_alone()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kalo te përmbajtja kryesore" })).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Email-i")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Demo.Secretary);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Fjalëkalimi")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(AntiTrafik.Web.Data.Seeding.DemoSeeder.Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mirë se vini, Diana Gjoni");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_administrator_creates_an_account_and_the_person_sets_a_password_through_the_link()
    {
        var admin = await browser.NewPageAsync();
        await admin.SignInAsync(Demo.Admin);
        await admin.MainNav().GetByRole(AriaRole.Link, new() { Name = "Përdoruesit" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Përdorues i ri" }).ClickAsync();
        var email = $"punonjes-{Guid.NewGuid():N}@antitrafik.test";

        await admin.GetByLabel("Emri i plotë").FillAsync("Teuta Prifti");
        await admin.GetByLabel("Email-i").FillAsync(email);
        await admin.ChooseAsync("Institucioni", "Tjetër Vizion");
        await admin.GetByLabel("Roli").SelectOptionAsync(new SelectOptionValue { Label = "Punonjës i rasteve" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Krijo llogarinë" }).ClickAsync();
        var link = await admin.GetByLabel("Lidhja njëpërdorimshe").InputValueAsync();
        Assert.Matches(new Regex("/Account/SetPassword\\?userId=.+&token=.+"), link);

        var person = await browser.NewPageAsync();
        await person.SetPasswordThroughLinkAsync(link, "Teuta!2026-strehez");
        await person.SignInAsync(email, "Teuta!2026-strehez");

        await Expect(person.GetByTestId("current-user")).ToContainTextAsync("Teuta Prifti · Tjetër Vizion");
        await admin.Context.CloseAsync();
        await person.Context.CloseAsync();
    }
}
