using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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

    /// <summary>
    /// Follows a link of the main menu by its name, opening the group it is in first (as a person would, with a
    /// click on the group's name).
    /// </summary>
    public static async Task OpenFromMenuAsync(this IPage page, string name)
    {
        var link = page.MainNav().GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        if (!await link.IsVisibleAsync())
        {
            // The group whose list holds the link (the inner locator is read within each group).
            var inGroup = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true, IncludeHidden = true });
            await page.MainNav().Locator(".dropdown").Filter(new() { Has = inGroup }).Locator("[data-bs-toggle=dropdown]").ClickAsync();
        }

        await link.ClickAsync();
    }

    /// <summary>Opens the menu under the person's name (their drafts, sign-in security, sign out).</summary>
    public static async Task OpenUserMenuAsync(this IPage page)
    {
        var toggle = page.GetByTestId("current-user");
        if (await toggle.GetAttributeAsync("aria-expanded") != "true")
        {
            await toggle.ClickAsync();
        }
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.OpenUserMenuAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Dil", Exact = true }).ClickAsync();
    }

    /// <summary>
    /// The WCAG 2.1 A and AA rules and axe's best practices: every rule of these, whatever its impact. Only the
    /// violations are reported in full (what passed is not needed, and reading it back took half the time).
    /// </summary>
    private static readonly AxeRunOptions AxeRules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Every accessibility problem axe finds on the page as it is now, one line each: rule, impact, element.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(this IPage page)
    {
        // Legacy mode: axe runs in the page itself. The default opens a new browser context for every run to finish
        // it in, which made a check take about 3 s instead of 0.5 s; the portal's pages have no frames, the one
        // thing legacy mode leaves out.
#pragma warning disable CS0618
        var result = await page.RunAxeLegacy(options: AxeRules);
#pragma warning restore CS0618
        return result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}) at {n.Target}: {v.Help}"))
            .ToList();
    }

    /// <summary>Fails, naming every violation, if axe finds any accessibility problem of any impact on the page.</summary>
    public static async Task ExpectAccessibleAsync(this IPage page)
    {
        var violations = await page.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"Accessibility problems on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>Whether the page needs no sideways scrolling at the window's width.</summary>
    public static Task<bool> FitsTheWidthAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}
