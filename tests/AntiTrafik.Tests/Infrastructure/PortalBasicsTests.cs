using System.Net;
using System.Text.Json;
using AntiTrafik.Tests.Support;

namespace AntiTrafik.Tests.Infrastructure;

public sealed class PortalBasicsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_health_endpoint_answers_anonymously_with_the_database_state()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task The_portal_speaks_Albanian_by_default_even_to_an_English_browser()
    {
        using var client = portal.CreatePortalClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await client.GetPageAsync("/Account/Login");

        Assert.Contains("<html lang=\"sq\">", html);
        Assert.Contains(">Hyr</h1>", html);
    }

    [Fact]
    public async Task Choosing_English_is_remembered_on_the_next_pages()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.SubmitAsync("/Account/Login", "/Language/Set", [new("culture", "en"), new("returnUrl", "/Account/Login")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.OriginalString);

        var html = await client.GetPageAsync("/Account/Login");
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(">Sign in</h1>", html);

        var wrong = await client.SignInAsync(Demo.Admin, "wrong");
        Assert.Contains("Wrong e-mail or password.", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_language_switch_ignores_unknown_languages_and_foreign_return_addresses()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.SubmitAsync("/Account/Login", "/Language/Set", [new("culture", "xx"), new("returnUrl", "https://evil.example/")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"sq\">", await client.GetPageAsync("/Account/Login"));
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_login_page_redirect_does_not_leave_the_portal()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.SubmitAsync("/Account/Login",
            [new("Email", Demo.Secretary), new("Password", AntiTrafik.Web.Data.Seeding.DemoSeeder.Password), new("ReturnUrl", "https://evil.example/")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
