using AntiTrafik.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AntiTrafik.Tests.Browser;

/// <summary>
/// The portal on a real loopback port (Kestrel) and Debian's Chromium driven by Playwright. The test
/// command installs Chromium when it is missing; without it these tests fail with a clear message.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static string ChromiumPath => System.Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public PortalFactory Portal { get; } = new();
    public string BaseUrl { get; private set; } = string.Empty;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {ChromiumPath}. Run the README's test command (it installs it), or set CHROMIUM_PATH.");
        }

        Portal.UseKestrel(0);
        Portal.StartServer();
        BaseUrl = Portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "localhost", StringComparison.Ordinal).Replace("127.0.0.1", "localhost", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no network but loopback: keep Chromium from calling home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser profile (no cookies), as a different person at a different desk.</summary>
    /// <param name="javaScript">False for a browser that runs no script, to show the pages work without it.</param>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-US", JavaScriptEnabled = javaScript });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

/// <summary>
/// Run on their own, after the other tests: a page has 15 seconds to answer, and on two cores the load and
/// crash tests running beside it could take that from Chromium.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
