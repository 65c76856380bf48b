using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using Microsoft.Playwright;

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
        await page.WaitForLoadStateAsync();
        if (new Uri(page.Url).AbsolutePath == "/Account/TwoFactor")
        {
            await page.GetByLabel("Kodi nga aplikacioni i vërtetimit").FillAsync(Totp.Code(DemoSeeder.AuthenticatorKey));
            await page.GetByRole(AriaRole.Button, new() { Name = "Hyr", Exact = true }).ClickAsync();
        }
    }

    public static ILocator MainNav(this IPage page) => page.GetByTestId("main-nav");
}
