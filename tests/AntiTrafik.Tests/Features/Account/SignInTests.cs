using System.Net;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Account;

public sealed class SignInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_anonymous_request_is_sent_to_the_login_page()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync("/Administration/Users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login?ReturnUrl=%2FAdministration%2FUsers", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_wrong_password_shows_an_Albanian_error_and_keeps_the_email()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.SignInAsync(Demo.PoliceTirana, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Email ose fjalëkalim i gabuar.", html);
        Assert.Equal(Demo.PoliceTirana, PortalClient.Field(html, "Email"));
        Assert.DoesNotContain("not-the-password", html);
    }

    [Fact]
    public async Task An_empty_form_shows_Albanian_messages_next_to_each_field()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.SubmitAsync("/Account/Login", [new("Email", ""), new("Password", "")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Email-error\"", html);
        Assert.Contains("Fusha „Email-i” është e detyrueshme.", html);
        Assert.Contains("Fusha „Fjalëkalimi” është e detyrueshme.", html);
        Assert.Contains("aria-invalid=\"true\"", html);
    }

    [Fact]
    public async Task A_failed_sign_in_leaves_no_email_or_password_in_the_log()
    {
        using var client = portal.CreatePortalClient();

        await client.SignInAsync(Demo.ChildRightsAgency, "Secret-Typo-123");

        var logs = portal.ReadLogs();
        Assert.Contains("Sign-in failed", logs);
        Assert.DoesNotContain(Demo.ChildRightsAgency, logs);
        Assert.DoesNotContain("Secret-Typo-123", logs);
    }

    [Fact]
    public async Task A_posted_form_without_the_antiforgery_token_is_refused()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.Http.PostAsync("/Account/Login",
            new FormUrlEncodedContent([new("Email", Demo.Admin), new("Password", AntiTrafik.Web.Data.Seeding.DemoSeeder.Password)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(Demo.Coordinator);

        var home = await client.GetPageAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signOut = await client.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Repeated_wrong_passwords_slow_that_place_down_instead_of_locking_the_account()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var email = $"lockout-{Guid.NewGuid():N}@antitrafik.test";
        await Users.CreateWithPasswordAsync(portal, admin, email, "Lockout!2026-ok");
        using var client = portal.CreatePortalClient("198.51.100.77");

        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(email, "wrong-password");
        }

        var slowed = await client.SignInAsync(email, "Lockout!2026-ok");
        Assert.Equal(HttpStatusCode.OK, slowed.StatusCode);
        Assert.Contains("Shumë përpjekje të dështuara nga kjo pajisje. Prisni", await slowed.Content.ReadAsStringAsync());
        Assert.Equal(0, await portal.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email && u.LockoutEnd != null)));
        portal.Clock.Advance(TimeSpan.FromSeconds(6));
        await client.SignInAsExpectedAsync(email, "Lockout!2026-ok");
    }
}
