using System.Net;
using System.Text.RegularExpressions;
using AntiTrafik.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Support;

/// <summary>Creates accounts the way an administrator and the new user would, through the portal's forms.</summary>
public static class Users
{
    public static async Task<int> AgencyIdAsync(PortalFactory portal, string code) =>
        await portal.WithDbAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    /// <returns>The one-time set-password link the administrator is shown.</returns>
    public static async Task<string> CreateAsync(PortalFactory portal, PortalClient admin, string email,
        string role = "Caseworker", string agencyCode = "DVP-TIRANE", string fullName = "Test Person")
    {
        var agencyId = await AgencyIdAsync(portal, agencyCode);
        var response = await admin.SubmitAsync("/Administration/Users/Create",
            [new("FullName", fullName), new("Email", email), new("AgencyId", agencyId.ToString()), new("Role", role)]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PortalClient.Field(html, "password-link");
    }

    public static async Task SetPasswordAsync(PortalClient client, string link, string password, HttpStatusCode expected = HttpStatusCode.Redirect)
    {
        var uri = new Uri(link);
        var response = await client.SubmitAsync(uri.PathAndQuery, "/Account/SetPassword",
        [
            new("UserId", Query(uri, "userId")), new("Token", Query(uri, "token")),
            new("Password", password), new("ConfirmPassword", password),
        ]);
        Assert.Equal(expected, response.StatusCode);
    }

    public static async Task CreateWithPasswordAsync(PortalFactory portal, PortalClient admin, string email, string password,
        string role = "Caseworker", string agencyCode = "DVP-TIRANE")
    {
        var link = await CreateAsync(portal, admin, email, role, agencyCode);
        using var newcomer = portal.CreatePortalClient();
        await SetPasswordAsync(newcomer, link, password);
    }

    public static async Task<string> IdOfAsync(PortalFactory portal, string email) =>
        await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Sets up the authenticator app on the signed-in client's account, as its owner would.</summary>
    /// <returns>The app's key, as the set-up page shows it, and the recovery codes.</returns>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> SetUpAppWithCodesAsync(PortalClient client)
    {
        var setup = await client.GetPageAsync("/Account/TwoFactorSetup");
        var key = Regex.Match(setup, "data-testid=\"shared-key\">([^<]+)<").Groups[1].Value.Replace(" ", string.Empty).ToUpperInvariant();
        Assert.NotEqual(string.Empty, key);
        var enabled = await client.SubmitAsync("/Account/TwoFactorSetup", [new("Code", Totp.Code(key))]);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = Regex.Matches(await enabled.Content.ReadAsStringAsync(), "<li>([^<]+)</li>").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(codes);
        return (key, codes);
    }

    public static async Task<string> SetUpAppAsync(PortalClient client) => (await SetUpAppWithCodesAsync(client)).Key;

    private static string Query(Uri uri, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query)[name].ToString();
}
