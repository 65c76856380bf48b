using AntiTrafik.Data;
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

    public PortalFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    public string DatabasePath => Path.Combine(_folder, "portal.db");
    public string MailFolder => Path.Combine(_folder, "mail");

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
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_folder, "keys"));
        builder.UseSetting("Logging:FilePath", Path.Combine(LogFolder, "portal-.json"));
        builder.UseSetting("Demo:SeedAccounts", "true");
        builder.UseSetting("Email:PickupFolder", MailFolder);
        builder.UseSetting("Uploads:Path", Path.Combine(_folder, "uploads"));
        // Every test signs in from the same (absent) address; the limit itself is proven by its own factory.
        builder.UseSetting("RateLimits:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ExportsPer10Minutes", ExportsPer10Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>The e-mails the portal wrote (development mode writes files instead of sending).</summary>
    public IReadOnlyList<string> Mails() =>
        Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml").Select(File.ReadAllText).ToList() : [];

    /// <summary>
    /// A browser-like client over HTTPS (the portal's cookies are Secure outside Development): keeps cookies,
    /// does not follow redirects so tests can see them.
    /// </summary>
    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));

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
    }
}
