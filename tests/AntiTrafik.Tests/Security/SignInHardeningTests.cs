using System.Net;
using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using AntiTrafik.Web.Features.Account;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Security;

/// <summary>Two-factor sign-in, password rules, no account enumeration, the 30-minute session and the cookies' flags.</summary>
public sealed class SignInHardeningTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string StrongPassword = "Kthjellët-Lumë-93";


    [Fact]
    public async Task The_coordinator_needs_a_code_from_the_app_after_the_password_and_a_wrong_code_is_refused()
    {
        using var client = portal.CreatePortalClient();
        var password = await client.SignInAsync(Demo.Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/TwoFactor", password.Headers.Location!.OriginalString);

        // Between the two steps nothing of the portal is open.
        var early = await client.GetAsync("/Cases");
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Contains("/Account/Login", early.Headers.Location!.OriginalString);

        var wrong = await client.SubmitAsync("/Account/TwoFactor", [new("Code", "000000")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Kodi nuk është i saktë", await wrong.Content.ReadAsStringAsync());
        var letters = await client.SubmitAsync("/Account/TwoFactor", [new("Code", "<script>")]);
        Assert.Contains("Shkruani 6 shifrat", await letters.Content.ReadAsStringAsync());

        var right = await client.SubmitAsync("/Account/TwoFactor", [new("Code", Totp.Code(DemoSeeder.AuthenticatorKey))]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Cases")).StatusCode);
    }

    [Fact]
    public async Task The_second_factor_survives_the_periodic_security_stamp_check()
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        for (var minute = 0; minute < 3; minute++)
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(2));
            var response = await coordinator.GetAsync("/Cases");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_new_coordinator_must_set_up_the_app_first_and_recovery_codes_work_once()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var email = $"koord.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test";
        await Users.CreateWithPasswordAsync(portal, admin, email, StrongPassword, role: "Coordinator", agencyCode: "ZKKA");

        using var coordinator = portal.CreatePortalClient();
        var signedIn = await coordinator.SignInAsync(email, StrongPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        foreach (var page in new[] { "/Cases", "/Statistics", "/Audit", "/" })
        {
            var response = await coordinator.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/TwoFactorSetup", response.Headers.Location!.OriginalString);
        }

        var setup = await coordinator.GetPageAsync("/Account/TwoFactorSetup");
        Assert.Contains("data-testid=\"two-factor-required\"", setup);
        var key = Regex.Match(setup, "data-testid=\"shared-key\">([^<]+)<").Groups[1].Value;
        Assert.False(string.IsNullOrWhiteSpace(key));
        // Beside the typed key, a QR code of the same otpauth link, drawn inline (the CSP allows no other origin).
        var qr = Regex.Match(setup, "<img src=\"data:image/png;base64,([^\"]+)\"[^>]*data-testid=\"qr-code\"");
        Assert.True(qr.Success, "No QR code on the set-up page.");
        var png = Convert.FromBase64String(System.Net.WebUtility.HtmlDecode(qr.Groups[1].Value));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var link = System.Net.WebUtility.HtmlDecode(Regex.Match(setup, "href=\"(otpauth://[^\"]+)\"").Groups[1].Value);
        Assert.Contains("secret=" + key.Replace(" ", string.Empty, StringComparison.Ordinal), link, StringComparison.OrdinalIgnoreCase);
        using (var generator = new QRCoder.QRCodeGenerator())
        using (var expected = generator.CreateQrCode(link, QRCoder.QRCodeGenerator.ECCLevel.M))
        {
            Assert.Equal(new QRCoder.PngByteQRCode(expected).GetGraphic(5), png);
        }


        var wrong = await coordinator.SubmitAsync("/Account/TwoFactorSetup", [new("Code", "123")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("data-testid=\"code-error\"", await wrong.Content.ReadAsStringAsync());

        var enabled = await coordinator.SubmitAsync("/Account/TwoFactorSetup", [new("Code", Totp.Code(key))]);
        var codesPage = await enabled.Content.ReadAsStringAsync();
        var codes = Regex.Matches(codesPage, "<li>([^<]+)</li>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(TwoFactor.RecoveryCodeCount, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/Cases")).StatusCode);

        // Next time: password, then a recovery code instead of the app; the same code does not work twice.
        using var again = portal.CreatePortalClient();
        Assert.StartsWith("/Account/TwoFactor", (await again.SignInAsync(email, StrongPassword)).Headers.Location!.OriginalString);
        var recovered = await again.SubmitAsync("/Account/Recovery", [new("RecoveryCode", codes[0])]);
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Cases")).StatusCode);

        using var third = portal.CreatePortalClient();
        await third.SignInAsync(email, StrongPassword);
        var reused = await third.SubmitAsync("/Account/Recovery", [new("RecoveryCode", codes[0])]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await third.GetAsync("/Cases")).StatusCode);
        await third.SignInAsExpectedAsync(email, StrongPassword, key.Replace(" ", string.Empty).ToUpperInvariant());
    }

    [Fact]
    public async Task A_caseworker_is_offered_the_app_but_not_forced()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceVlora);
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync("/Cases")).StatusCode);
        var setup = await police.GetPageAsync("/Account/TwoFactorSetup");
        Assert.DoesNotContain("two-factor-required", setup);
        Assert.Contains("data-testid=\"shared-key\"", setup);
    }

    [Theory]
    [InlineData("Password2026!")]
    [InlineData("P@ssw0rd!2345")]
    [InlineData("Shqipëria@2026")]
    [InlineData("Qwerty123456!")]
    [InlineData("Short1!a")]
    public async Task Common_or_short_passwords_are_refused_with_a_message(string password)
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var link = await Users.CreateAsync(portal, admin, $"pw.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test");
        using var newcomer = portal.CreatePortalClient();
        var uri = new Uri(link);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query);
        var response = await newcomer.SubmitAsync(uri.PathAndQuery, "/Account/SetPassword",
            [new("UserId", query["userId"].ToString()), new("Token", query["token"].ToString()), new("Password", password), new("ConfirmPassword", password)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("merret me mend lehtë", StringComparison.Ordinal) || html.Contains("të paktën 12", StringComparison.OrdinalIgnoreCase), html);

        // The link still works for a good password.
        await Users.SetPasswordAsync(newcomer, link, StrongPassword);
    }

    [Fact]
    public async Task A_disabled_account_is_named_only_to_someone_who_knows_its_password()
    {
        var email = $"off.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test";
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        await Users.CreateWithPasswordAsync(portal, admin, email, StrongPassword);
        await portal.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AntiTrafik.Domain.ApplicationUser>>();
            var user = await users.FindByEmailAsync(email);
            user!.IsDisabled = true;
            await users.UpdateAsync(user);
            return 0;
        });

        using var guesser = portal.CreatePortalClient();
        Assert.Contains("Email ose fjalëkalim i gabuar", await (await guesser.SignInAsync(email, "Wrong-Password-1")).Content.ReadAsStringAsync());
        Assert.Contains("Kjo llogari është çaktivizuar", await (await guesser.SignInAsync(email, StrongPassword)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_session_ends_after_30_minutes_without_a_request_and_slides_while_used()
    {
        using var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(Demo.PoliceTirana);
        portal.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Cases")).StatusCode);
        portal.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Cases")).StatusCode);

        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await client.GetAsync("/Cases");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Contains("/Account/Login", expired.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Every_cookie_is_secure_http_only_and_same_site_strict()
    {
        using var client = portal.CreatePortalClient();
        var login = await client.GetAsync("/Account/Login");
        var signIn = await client.SignInAsync(Demo.PoliceTirana);
        var language = await client.SubmitAsync("/Cases", "/Language/Set", [new("culture", "en"), new("returnUrl", "/Cases")]);
        var cookies = new[] { login, signIn, language }.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : []).ToList();
        Assert.Contains(cookies, c => c.StartsWith("AntiTrafik.Auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("AntiTrafik.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            var flags = cookie.ToLowerInvariant();
            Assert.Contains("; secure", flags);
            Assert.Contains("; httponly", flags);
            Assert.Contains("; samesite=strict", flags);
        });
    }
}

/// <summary>A portal with the real sign-in limit (a few per minute from one address).</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    protected override int SignInPerMinute => 3;
}

/// <summary>A portal with a low export limit (sign-in unlimited, so signing in does not count against it).</summary>
public sealed class ExportLimitedPortalFactory : PortalFactory
{
    protected override int ExportsPer10Minutes => 2;
}

public sealed class RateLimitTests(RateLimitedPortalFactory portal) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task Sign_in_attempts_over_the_limit_get_the_too_many_requests_page_in_albanian()
    {
        using var client = portal.CreatePortalClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(Demo.PoliceTirana, "Wrong-Password-" + i)).StatusCode);
        }

        var limited = await client.SignInAsync(Demo.PoliceTirana, DemoSeeder.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Shumë kërkesa", await limited.Content.ReadAsStringAsync());
        // Pages that are not sign-in are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }

    [Fact]
    public async Task A_new_forwarded_address_on_every_request_does_not_get_round_the_limit()
    {
        using var client = portal.CreatePortalClient("203.0.113.90");
        for (var i = 0; i < 3; i++)
        {
            client.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"10.1.1.{i}");
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(Demo.PoliceVlora, "Wrong-Password-" + i)).StatusCode);
        }

        client.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "10.1.1.200");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SignInAsync(Demo.PoliceVlora, DemoSeeder.Password)).StatusCode);
    }
}

public sealed class ExportLimitTests(ExportLimitedPortalFactory portal) : IClassFixture<ExportLimitedPortalFactory>
{
    [Fact]
    public async Task Exports_over_the_limit_are_refused_per_user()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceVlora);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await police.GetAsync("/Statistics/Export?format=csv")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await police.GetAsync("/Statistics/Export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync("/Statistics")).StatusCode);
    }
}

public sealed class ServerHeaderTests
{
    [Fact]
    public async Task Kestrel_does_not_name_itself_and_the_security_headers_are_sent()
    {
        await using var portal = new PortalFactory();
        portal.UseKestrel(0);
        portal.StartServer();
        var address = portal.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var response = await http.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);

        // Static files may be cached; pages may not.
        var css = await http.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.False(css.Headers.CacheControl?.NoStore ?? false);
    }
}
