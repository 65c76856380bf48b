using AntiTrafik.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Support;

/// <summary>
/// The real portal over HTTP, on a real SQLite file of its own (migrated and seeded at start, demo accounts
/// included), with its own Data Protection keys and log folder. Disposing it deletes all three.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "antitrafik-tests", Guid.NewGuid().ToString("N"));

    private readonly bool _ownsFolder = true;

    public PortalFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    /// <summary>
    /// Another instance on the same database, key folder and mail folder as <paramref name="first"/>: a restart, or
    /// a second instance behind the same load balancer. The first one deletes the folder.
    /// </summary>
    public static PortalFactory AnotherInstanceOf(PortalFactory first) => new(first);

    protected PortalFactory(PortalFactory first)
    {
        _folder = first._folder;
        _ownsFolder = false;
    }

    public string DatabasePath => Path.Combine(_folder, "portal.db");
    public string MailFolder => Path.Combine(_folder, "mail");
    public string KeysFolder => Path.Combine(_folder, "keys");

    /// <summary>The portal's clock; <see cref="MovableClock.Advance"/> moves time for deadlines and overdue checks.</summary>
    public MovableClock Clock { get; } = new();
    public string LogFolder => Path.Combine(_folder, "logs");

    protected virtual string Environment => "Testing";

    protected virtual int SignInPerMinute => 100_000;

    protected virtual int ExportsPer10Minutes => 100_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", DatabaseProvider.Sqlite);
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("DataProtection:KeysPath", KeysFolder);
        builder.UseSetting("Logging:FilePath", Path.Combine(LogFolder, "portal-.json"));
        builder.UseSetting("Demo:SeedAccounts", "true");
        builder.UseSetting("Email:PickupFolder", MailFolder);
        builder.UseSetting("Uploads:Path", Path.Combine(_folder, "uploads"));
        // Every test signs in from the same (absent) address; the limit itself is proven by its own factory.
        builder.UseSetting("RateLimits:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ExportsPer10Minutes", ExportsPer10Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("DataProtection:DevelopmentCertificatePath", SharedKeyCertificate);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
        });
    }

    /// <summary>
    /// One self-signed key-encryption certificate for every test portal (making one takes a moment); each portal
    /// still has its own key folder.
    /// </summary>
    public static string SharedKeyCertificate { get; } = Path.Combine(Path.GetTempPath(), "antitrafik-tests", "key-certificate.pfx");

    /// <summary>The header through which a test client says which address it connects from (the test server has none).</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    /// <summary>
    /// Stands for the network: sets the connection's remote address from <see cref="ClientAddressHeader"/>, before
    /// the portal's own pipeline (so X-Forwarded-For is judged against it, as behind a real socket).
    /// </summary>
    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address.ToString());
                    context.Request.Headers.Remove(ClientAddressHeader);
                }

                return nextMiddleware();
            });
            next(app);
        };
    }

    /// <summary>The e-mails the portal wrote (development mode writes files instead of sending).</summary>
    public IReadOnlyList<string> Mails() =>
        Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml").Select(File.ReadAllText).ToList() : [];

    /// <summary>
    /// A browser-like client over HTTPS (the portal's cookies are Secure outside Development): keeps cookies,
    /// does not follow redirects so tests can see them.
    /// </summary>
    public PortalClient CreatePortalClient(string? fromAddress = null)
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        if (fromAddress is not null)
        {
            http.DefaultRequestHeaders.Add(ClientAddressHeader, fromAddress);
        }

        return new PortalClient(http);
    }

    /// <summary>A client already signed in as one of the demo users.</summary>
    public async Task<PortalClient> SignedInClientAsync(string email)
    {
        var client = CreatePortalClient();
        await client.SignInAsExpectedAsync(email);
        return client;
    }

    /// <summary>Runs work against the portal's own database, through its own services.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public string ReadLogs()
    {
        if (!Directory.Exists(LogFolder))
        {
            return string.Empty;
        }

        return string.Concat(Directory.GetFiles(LogFolder).Select(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!_ownsFolder)
        {
            GC.SuppressFinalize(this);
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still open by a background writer; the temp folder is cleaned by the OS.
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class ProductionPortalFactory : PortalFactory
{
    public const string FirstAdministrator = "first.admin@antitrafik.test";

    protected override string Environment => "Production";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bootstrap:AdministratorEmail", FirstAdministrator);
        // Production makes no certificate of its own: it is given one, as an operator would.
        AntiTrafik.Web.Infrastructure.KeyCertificates.OwnDevelopmentCertificate(SharedKeyCertificate).Dispose();
        builder.UseSetting("DataProtection:Certificate:Path", SharedKeyCertificate);
    }
}
