using System.Net;
using System.Text.RegularExpressions;
using AntiTrafik.Web.Data.Seeding;

namespace AntiTrafik.Tests.Support;

/// <summary>Does over HTTP what a person does in the browser: open a form, fill it, send it.</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens <paramref name="formUrl"/> for its anti-forgery token, then posts the fields to <paramref name="postUrl"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenFromAsync(formUrl);
        var all = fields.Append(new("__RequestVerificationToken", token));
        return await Http.PostAsync(postUrl, new FormUrlEncodedContent(all));
    }

    public Task<HttpResponseMessage> SubmitAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        SubmitAsync(url, url, fields);

    public async Task<string> TokenFromAsync(string formUrl)
    {
        var page = await Http.GetAsync(formUrl);
        var html = await page.Content.ReadAsStringAsync();
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No anti-forgery token on {formUrl} (status {(int)page.StatusCode}).");
        return match.Groups[1].Value;
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password = DemoSeeder.Password) =>
        SubmitAsync("/Account/Login", [new("Email", email), new("Password", password)]);

    /// <summary>
    /// Signs in and asserts that it worked (a redirect away from the login page). When the account asks for a
    /// second step, answers it with a code from <paramref name="authenticatorKey"/> (the demo key by default).
    /// </summary>
    public async Task SignInAsExpectedAsync(string email, string password = DemoSeeder.Password, string authenticatorKey = DemoSeeder.AuthenticatorKey)
    {
        var response = await SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        if (location.Contains("/Account/TwoFactor", StringComparison.Ordinal))
        {
            response = await SubmitAsync(location, "/Account/TwoFactor", [new("Code", Totp.Code(authenticatorKey))]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            location = response.Headers.Location?.OriginalString ?? string.Empty;
        }

        Assert.DoesNotContain("/Account/", location);
    }

    public static string Field(string html, string name)
    {
        // An input found by its name or id; attributes may come in any order.
        var n = Regex.Escape(name);
        var match = Regex.Match(html, $"<input[^>]*\\b(?:name|id)=\"{n}\"[^>]*\\bvalue=\"([^\"]*)\"|<input[^>]*\\bvalue=\"([^\"]*)\"[^>]*\\b(?:name|id)=\"{n}\"");
        Assert.True(match.Success, $"No field {name} in the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
