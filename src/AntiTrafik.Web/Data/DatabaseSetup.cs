using AntiTrafik.Data;
using AntiTrafik.Web.Data.Seeding;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiTrafik.Web.Data;

public static class DatabaseSetup
{
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services,
        IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? DatabaseProvider.Sqlite;
        if (!DatabaseProvider.IsKnown(provider))
        {
            throw new InvalidOperationException($"Database:Provider must be '{DatabaseProvider.Sqlite}' or '{DatabaseProvider.SqlServer}', not '{provider}'.");
        }

        var connectionString = string.Equals(provider, DatabaseProvider.Sqlite, StringComparison.OrdinalIgnoreCase)
            ? SqliteUnderContentRoot(configuration.GetConnectionString(DatabaseProvider.Sqlite) ?? "Data Source=App_Data/antitrafik.db", environment)
            : configuration.GetConnectionString(DatabaseProvider.SqlServer)
              ?? throw new InvalidOperationException("ConnectionStrings:SqlServer is required when Database:Provider is SqlServer.");

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, AuditStampInterceptor>();
        services.AddSingleton<DataVersion>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<DataVersion>());
        services.AddSingleton<VersionedCache>();
        services.AddHostedService<DataVersionWatcher>();
        services.AddScoped<ReferenceNames>();
        services.AddSingleton<Infrastructure.Files.FileStore>();
        // Pooled: a request reuses a context instead of building EF's services for it (a few per cent of a page's
        // CPU). The options are built once from the root services, so every interceptor is a singleton.
        services.AddDbContextPool<AppDbContext>((sp, options) =>
        {
            DatabaseProvider.Configure(options, provider, connectionString);
            // Every registered interceptor: audit stamping, the data version, and in tests the SQL command counter.
            options.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoCases>();
        services.AddScoped<DemoReferrals>();
        services.AddScoped<DemoMeetings>();
        services.AddScoped<DemoTrainings>();
        services.AddScoped<BulkCases>();
        services.AddScoped<DemoHistory>();
        services.AddScoped<AdministratorBootstrap>();
        return services;
    }

    /// <summary>
    /// Applies migrations (unless turned off for a production that runs the SQL script itself), seeds
    /// reference data, and in demo mode the demo accounts and data (and, with <c>Demo:History</c>, ten years of
    /// invented history). Returns the demo accounts it ensured.
    /// </summary>
    public static async Task<IReadOnlyList<DemoAccount>> PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();

        if (app.Configuration.GetValue("Database:MigrateOnStartup", true) || IsMigrateOnly(app.Configuration))
        {
            await db.Database.MigrateAsync();
        }

        await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync();

        // Only the portal itself, which holds the key ring; a migrate-only job may run without it.
        if (!IsMigrateOnly(app.Configuration))
        {
            await services.GetRequiredService<SecondStepSecrets>().ProtectExistingAsync(db);
        }

        if (await services.GetRequiredService<AdministratorBootstrap>().EnsureAsync() is { } link)
        {
            // Console only: the link opens an administrator account, so it must not sit in log files.
            Console.WriteLine($"First administrator created. Open <portal address>{link} within 3 days to choose a password.");
        }

        if (!DemoSeeder.IsEnabled(app.Environment, app.Configuration))
        {
            return [];
        }

        var accounts = await services.GetRequiredService<DemoSeeder>().SeedAsync();
        if (DemoHistory.IsEnabled(app.Environment, app.Configuration))
        {
            await services.GetRequiredService<DemoHistory>().SeedAsync();
        }

        return accounts;
    }

    /// <summary><c>--Generate:Cases=N</c>: adds N invented cases for benchmarks, then exits.</summary>
    public static async Task GenerateLargeDataAsync(this WebApplication app, int cases)
    {
        await using var scope = app.Services.CreateAsyncScope();
        // Made here, for this run only: the portal itself never registers the bench's data generator.
        await ActivatorUtilities.CreateInstance<LargeDataGenerator>(scope.ServiceProvider).GenerateAsync(cases, Console.Out);
    }

    /// <summary><c>--Database:MigrateOnly=true</c>: apply migrations and reference data, then exit (production deploys).</summary>
    public static bool IsMigrateOnly(IConfiguration configuration) => configuration.GetValue<bool>("Database:MigrateOnly");

    private static string SqliteUnderContentRoot(string connectionString, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = PathResolver.UnderContentRoot(environment, builder.DataSource);
        }

        return builder.ToString();
    }
}
