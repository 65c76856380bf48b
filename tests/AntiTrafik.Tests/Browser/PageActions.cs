using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

/// <summary>What a person does on the portal's pages, by the labels they read.</summary>
public static class PageActions
{
    public static async Task SignInAsync(this IPage page, string email, string password = DemoSeeder.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email-i").FillAsync(email);
        await page.GetByLabel("Fjalëkalimi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hyr", Exact = true }).ClickAsync();

        // Wait for what the click leads to, as a person would: the second step, the portal, or the form's
        // error. Not WaitForLoadStateAsync: after this click it depends on which document's load state the
        // client holds at that instant, and in CI it once waited 15 s for a "load" that never came while the
        // new page's network went idle.
        var secondStep = page.GetByLabel("Kodi nga aplikacioni i vërtetimit");
        var arrived = secondStep.Or(page.GetByTestId("current-user")).Or(page.GetByRole(AriaRole.Alert));
        await Expect(arrived.First).ToBeVisibleAsync();
        if (new Uri(page.Url).AbsolutePath == "/Account/TwoFactor")
        {
            await page.GetByLabel("Kodi nga aplikacioni i vërtetimit").FillAsync(Totp.Code(DemoSeeder.AuthenticatorKey));
            await page.GetByRole(AriaRole.Button, new() { Name = "Hyr", Exact = true }).ClickAsync();
        }
    }

    /// <summary>Opens a one-time password link, chooses the password and waits for the portal to confirm it.</summary>
    public static async Task SetPasswordThroughLinkAsync(this IPage page, string link, string password)
    {
        await page.GotoAsync(link);
        await page.GetByLabel("Fjalëkalimi i ri").FillAsync(password);
        await page.GetByLabel("Përsërisni fjalëkalimin").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ruaj fjalëkalimin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Fjalëkalimi u ruajt.");
    }

    public static ILocator MainNav(this IPage page) => page.GetByTestId("main-nav");

    /// <summary>
    /// Chooses in a searchable list (a select with <c>data-enhance="search"</c>) as a person does: types part of the
    /// name in the box the label names, then picks the option. For a list of several choices, call it once per choice.
    /// </summary>
    public static async Task ChooseAsync(this ILocator scope, string label, string option, string? typed = null)
    {
        var box = scope.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        await box.ClickAsync();
        await box.FillAsync(typed ?? option);
        var list = scope.GetByRole(AriaRole.Listbox, new() { Name = label, Exact = true });
        await list.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        // A list of several choices stays open for the next one: close it, as a person would with Escape.
        if (await list.IsVisibleAsync())
        {
            await box.PressAsync("Escape");
        }
    }

    public static Task ChooseAsync(this IPage page, string label, string option, string? typed = null) =>
        page.Locator("body").ChooseAsync(label, option, typed);
}
