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
    [Fact]
    public async Task The_authenticator_set_up_page_shows_a_QR_code()
    {
        var email = await NewCoordinatorAsync("Arta Kodi", withApp: false);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, Password);

        var qr = page.GetByRole(AriaRole.Img, new() { Name = "Kodi QR me çelësin për aplikacionin e vërtetimit" });
        await Expect(qr).ToBeVisibleAsync();
        // The image was drawn (a data: URI the CSP allows), square, and large enough for a phone to read.
        var size = await qr.EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight]");
        Assert.Equal(size[0], size[1]);
        Assert.True(size[0] >= 150, $"The QR code is only {size[0]} pixels wide.");
        await Expect(page.GetByTestId("shared-key")).Not.ToBeEmptyAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Two_minutes_before_the_session_ends_a_warning_offers_to_stay_signed_in()
    {
        var page = await browser.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.SignInAsync(Demo.PoliceTirana);
        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "Rastet" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Regjistro një viktimë të mundshme" }).ClickAsync();
        await page.GetByLabel("Emri", new() { Exact = true }).FillAsync("Gjysmë e shkruar");
        // What was typed is saved as a draft, which counts as work: the 30 minutes are counted from then.
        await Expect(page.GetByTestId("draft-status")).ToContainTextAsync("Drafti u ruajt");
        var warning = page.GetByRole(AriaRole.Alertdialog);

        await page.Clock.FastForwardAsync("27:00");
        await Expect(warning).ToBeHiddenAsync();
        await page.Clock.FastForwardAsync("01:30");
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToContainTextAsync("Seanca juaj mbaron pas 2 minutash");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Qëndro i identifikuar" }).ClickAsync();
        await Expect(warning).ToBeHiddenAsync();

        // Another 28 minutes from the click, not from the page load, before it warns again.
        await page.Clock.FastForwardAsync("27:00");
        await Expect(warning).ToBeHiddenAsync();
        await page.Clock.FastForwardAsync("03:30");
        await Expect(warning).ToContainTextAsync("Seanca juaj ka mbaruar");
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Hyr përsëri (skedë e re)" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Emri", new() { Exact = true })).ToHaveValueAsync("Gjysmë e shkruar");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_coordinator_adds_a_passkey_and_answers_the_second_step_with_it()
    {
        var email = await NewCoordinatorAsync("Besa Çelësi", withApp: true);
        var key = await browser.Portal.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            return (await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!))!;
        });
        var page = await browser.NewPageAsync();
        // A security key the browser believes in: Chromium's virtual authenticator, through the DevTools protocol.
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("WebAuthn.enable");
        await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email-i").FillAsync(email);
        await page.GetByLabel("Fjalëkalimi").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hyr", Exact = true }).ClickAsync();
        await page.GetByLabel("Kodi nga aplikacioni i vërtetimit").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Hyr", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();

        await page.GotoAsync("/Account/Security");
        await page.GetByLabel("Emri i çelësit të kalimit").FillAsync("Laptopi i zyrës");
        await page.GetByRole(AriaRole.Button, new() { Name = "Shto një çelës kalimi" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Çelësi i kalimit u shtua.");
        await Expect(page.GetByTestId("passkey")).ToContainTextAsync("Laptopi i zyrës");

        // Next time, after the password, the passkey instead of a code.
        await page.SignOutAsync();
        await page.GetByLabel("Email-i").FillAsync(email);
        await page.GetByLabel("Fjalëkalimi").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hyr", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Përdor një çelës kalimi në vend të kodit" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mirë se vini, Besa Çelësi");
        await page.Context.CloseAsync();
    }

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
