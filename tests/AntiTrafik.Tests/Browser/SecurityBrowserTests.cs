using System.Text;
using AntiTrafik.Domain;
using AntiTrafik.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SecurityBrowserTests(BrowserFixture browser)
{
    private const string Password = "Lumenjtë-e-Vjetër-42";

    [Fact]
    public async Task A_new_coordinator_sets_up_the_authenticator_app_gets_recovery_codes_and_goes_on()
    {
        var email = await NewCoordinatorAsync("Drita Koordinatore", withApp: false);

        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Siguria e hyrjes");
        await Expect(page.GetByTestId("two-factor-required")).ToBeVisibleAsync();

        // The menu's pages send the user back here until the app is set up.
        await page.GotoAsync("/Cases");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Siguria e hyrjes");

        var key = (await page.GetByTestId("shared-key").TextContentAsync())!.Replace(" ", string.Empty).ToUpperInvariant();
        await page.GetByLabel("Kodi nga aplikacioni i vërtetimit").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aktivizo" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kodet tuaja të rikuperimit");
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await page.GetByRole(AriaRole.Link, new() { Name = "Vazhdo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mirë se vini, Drita Koordinatore");
        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "Rastet" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Cases"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_administrator_resets_the_sign_in_of_a_coordinator_who_lost_their_phone()
    {
        var email = await NewCoordinatorAsync("Vera Humbur", withApp: true);

        var admin = await browser.NewPageAsync();
        await admin.SignInAsync(Demo.Admin);
        await admin.MainNav().GetByRole(AriaRole.Link, new() { Name = "Përdoruesit" }).ClickAsync();
        await admin.GetByLabel("Kërko sipas emrit ose email-it").FillAsync(email);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Kërko" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Vera Humbur" }).ClickAsync();
        await Expect(admin.GetByTestId("authenticator-status")).ToHaveTextAsync("Hyn me aplikacion vërtetimi.");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Rivendos hyrjen…" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Të rivendoset hyrja e Vera Humbur?");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Rivendos hyrjen", Exact = true }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lidhja për fjalëkalimin");
        var link = await admin.GetByLabel("Lidhja njëpërdorimshe").InputValueAsync();

        // The old password no longer opens the account; the link does, and the app must be set up again.
        var person = await browser.NewPageAsync();
        await person.SignInAsync(email, Password);
        await Expect(person.GetByRole(AriaRole.Alert)).ToContainTextAsync("Email ose fjalëkalim i gabuar.");
        await person.SetPasswordThroughLinkAsync(link, "Gjetur!2026-telefoni");
        await person.SignInAsync(email, "Gjetur!2026-telefoni");
        await Expect(person.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Siguria e hyrjes");
        await Expect(person.GetByTestId("two-factor-required")).ToBeVisibleAsync();
        await admin.Context.CloseAsync();
        await person.Context.CloseAsync();
    }

    [Fact]
    public async Task The_coordinator_uploads_a_training_file_and_a_caseworker_downloads_it()
    {
        var training = await browser.Portal.WithDbAsync(db => db.Trainings.OrderBy(t => t.Id).Select(t => new { t.Id, t.Title }).FirstAsync());
        var name = $"agjenda-{Guid.NewGuid().ToString("N")[..6]}.pdf";

        var coordinator = await browser.NewPageAsync();
        await coordinator.SignInAsync(Demo.Coordinator);
        await coordinator.GotoAsync($"/Trainings/{training.Id}");
        await coordinator.GetByLabel("Shtoni një skedar").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = MaterialUploads.Pdf });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ngarko" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Skedari u ngarkua");
        await Expect(coordinator.GetByTestId("materials")).ToContainTextAsync(name);

        // A file that only claims to be a PDF is refused with the reason.
        await coordinator.GetByLabel("Shtoni një skedar").SetInputFilesAsync(new FilePayload { Name = "program.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("MZ not a pdf") });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ngarko" }).ClickAsync();
        await Expect(coordinator.GetByTestId("problem")).ToContainTextAsync("Mund të ngarkohen vetëm skedarë");
        await Expect(coordinator.GetByTestId("materials")).Not.ToContainTextAsync("program.pdf");
        await coordinator.Context.CloseAsync();

        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceVlora);
        await police.GotoAsync($"/Trainings/{training.Id}");
        await Expect(police.GetByRole(AriaRole.Button, new() { Name = "Ngarko" })).ToHaveCountAsync(0);
        var download = await police.RunAndWaitForDownloadAsync(() => police.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync());
        Assert.Equal(name, download.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        await download.SaveAsAsync(saved);
        Assert.Equal(MaterialUploads.Pdf, await File.ReadAllBytesAsync(saved));
        File.Delete(saved);
        await police.Context.CloseAsync();
    }

    /// <summary>A coordinator of the coordinator's office with <see cref="Password"/>, and an authenticator app if asked.</summary>
    /// <returns>The account's e-mail.</returns>
    private async Task<string> NewCoordinatorAsync(string fullName, bool withApp)
    {
        var email = $"koord.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test";
        await browser.Portal.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var db = services.GetRequiredService<AntiTrafik.Data.AppDbContext>();
            var user = new ApplicationUser
            {
                UserName = email, Email = email, EmailConfirmed = true, FullName = fullName,
                AgencyId = await db.Agencies.Where(a => a.Code == "ZKKA").Select(a => a.Id).SingleAsync(),
            };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, "Coordinator")).Succeeded);
            if (withApp)
            {
                Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
                Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
            }

            return 0;
        });
        return email;
    }
}
