using System.Net;
using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Security;

/// <summary>
/// Sign-in sessions live on the server: signing out, ending a session from "Siguria e hyrjes", a password change,
/// disabling an account or resetting its sign-in closes them at once, and a copied cookie opens nothing afterwards.
/// </summary>
public sealed partial class SessionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string StrongPassword = "Seanca-Mbyllet-2026";

    private async Task<string> NewAccountAsync()
    {
        var email = $"session.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test";
        using var admin = await portal.SignedInClientAsync(Demo.Admin);
        await Users.CreateWithPasswordAsync(portal, admin, email, StrongPassword);
        return email;
    }

    /// <summary>Signs in and keeps the cookies the portal set, as someone copying them from the browser would.</summary>
    private async Task<(PortalClient Client, string Cookies)> SignInKeepingCookiesAsync(string email, string password = DemoSeeder.Password, string? address = null)
    {
        var client = portal.CreatePortalClient(address);
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (client, cookies);
    }

    /// <summary>A client that sends exactly the given cookies, and nothing the portal answers changes them.</summary>
    private HttpClient Replaying(string cookies)
    {
        var http = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        http.DefaultRequestHeaders.Add("Cookie", cookies);
        return http;
    }

    private static bool SignedOut(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal);

    [Fact]
    public async Task A_cookie_copied_before_sign_out_opens_nothing_after_it()
    {
        var (client, cookies) = await SignInKeepingCookiesAsync(Demo.PoliceTirana);
        using var copy = Replaying(cookies);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/Cases")).StatusCode);

        var signOut = await client.SubmitAsync("/Cases", "/Account/Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.True(SignedOut(await copy.GetAsync("/Cases")));
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(SignedOut(await copy.GetAsync("/Cases")));
        client.Dispose();
    }

    [Fact]
    public async Task The_security_page_lists_the_open_sessions_and_ends_one_or_all_others()
    {
        var email = await NewAccountAsync();
        using var office = portal.CreatePortalClient("192.0.2.20");
        await office.SignInAsExpectedAsync(email, StrongPassword);
        using var laptop = portal.CreatePortalClient("192.0.2.21");
        await laptop.SignInAsExpectedAsync(email, StrongPassword);
        using var phone = portal.CreatePortalClient("192.0.2.22");
        await phone.SignInAsExpectedAsync(email, StrongPassword);

        var page = await office.GetPageAsync("/Account/Security");
        Assert.Equal(3, SessionRow().Matches(page).Count);
        Assert.Single(ThisSession().Matches(page));
        foreach (var address in new[] { "192.0.2.20", "192.0.2.21", "192.0.2.22" })
        {
            Assert.Contains(address, page);
        }

        // Nobody else's session is listed, nor can it be ended from here.
        var someoneElse = await portal.SignedInClientAsync(Demo.ShelterTdb);
        var theirs = EndButton().Matches(await someoneElse.GetPageAsync("/Account/Security")).Single().Groups[1].Value;
        Assert.Equal(HttpStatusCode.NotFound, (await office.SubmitAsync("/Account/Security", $"/Account/EndSession/{theirs}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await someoneElse.GetAsync("/Cases")).StatusCode);

        // End the laptop's session: it is out at once, the others stay.
        var laptopsId = await portal.WithDbAsync(db => db.SignInSessions.Where(s => s.Address == "192.0.2.21").Select(s => s.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync("/Account/Security", $"/Account/EndSession/{laptopsId}", [])).StatusCode);
        Assert.True(SignedOut(await laptop.GetAsync("/Cases")));
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/Cases")).StatusCode);

        // End all others: only this one stays.
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync("/Account/Security", "/Account/EndOtherSessions", [])).StatusCode);
        Assert.True(SignedOut(await phone.GetAsync("/Cases")));
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/Cases")).StatusCode);
        Assert.Single(SessionRow().Matches(await office.GetPageAsync("/Account/Security")));
        someoneElse.Dispose();
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_at_once_and_keeps_this_one()
    {
        var email = await NewAccountAsync();
        using var here = portal.CreatePortalClient();
        await here.SignInAsExpectedAsync(email, StrongPassword);
        using var elsewhere = portal.CreatePortalClient("192.0.2.30");
        await elsewhere.SignInAsExpectedAsync(email, StrongPassword);

        var wrong = await here.SubmitAsync("/Account/Security", "/Account/ChangePassword",
            [new("Password.CurrentPassword", "Jo-Ky-Fjalëkalim-1"), new("Password.NewPassword", "Fjalëkalim-I-Ri-2026"), new("Password.ConfirmPassword", "Fjalëkalim-I-Ri-2026")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Fjalëkalimi aktual nuk është i saktë.", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/Cases")).StatusCode);

        var changed = await here.SubmitAsync("/Account/Security", "/Account/ChangePassword",
            [new("Password.CurrentPassword", StrongPassword), new("Password.NewPassword", "Fjalëkalim-I-Ri-2026"), new("Password.ConfirmPassword", "Fjalëkalim-I-Ri-2026")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.True(SignedOut(await elsewhere.GetAsync("/Cases")));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/Cases")).StatusCode);
        using var again = portal.CreatePortalClient();
        await again.SignInAsExpectedAsync(email, "Fjalëkalim-I-Ri-2026");
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_at_once()
    {
        var email = await NewAccountAsync();
        var (user, cookies) = await SignInKeepingCookiesAsync(email, StrongPassword);
        using var copy = Replaying(cookies);
        var id = await Users.IdOfAsync(portal, email);

        using var admin = await portal.SignedInClientAsync(Demo.Admin);
        await admin.SubmitAsync("/Administration/Users", $"/Administration/Users/Disable/{id}", []);

        // Not at the next minute's stamp check: now.
        Assert.True(SignedOut(await user.GetAsync("/Cases")));
        Assert.True(SignedOut(await copy.GetAsync("/Cases")));
        Assert.Equal(0, await portal.WithDbAsync(db => db.SignInSessions.CountAsync(s => s.UserId == id)));
        user.Dispose();
    }

    [Fact]
    public async Task Stay_signed_in_gives_the_session_another_30_minutes()
    {
        using var client = await portal.SignedInClientAsync(Demo.PoliceTirana);
        portal.Clock.Advance(TimeSpan.FromMinutes(28));
        var keepAlive = await client.SubmitAsync("/Cases", "/Account/KeepAlive", []);
        Assert.Equal(HttpStatusCode.NoContent, keepAlive.StatusCode);
        portal.Clock.Advance(TimeSpan.FromMinutes(28));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Cases")).StatusCode);

        // Without it, 30 minutes of nothing end the session, and keeping alive an ended session does not revive it.
        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        var token = await TokenOfAnyPageAsync(client);
        Assert.True(SignedOut(await client.GetAsync("/Cases")));
        Assert.True(SignedOut(await client.Http.PostAsync("/Account/KeepAlive",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))));
    }

    private static async Task<string> TokenOfAnyPageAsync(PortalClient client)
    {
        var html = await client.GetPageAsync("/Account/Login");
        return Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    [GeneratedRegex("data-testid=\"session\"")]
    private static partial Regex SessionRow();

    [GeneratedRegex("data-testid=\"this-session\"")]
    private static partial Regex ThisSession();

    [GeneratedRegex("action=\"/Account/EndSession/(\\d+)\"")]
    private static partial Regex EndButton();
}
