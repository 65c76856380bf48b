using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Data;

/// <summary>
/// The one place that knows the two providers: which migrations assembly each uses and how to configure
/// it. The web application, the design-time factories and the tests all go through here.
/// </summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    public const string SqliteMigrationsAssembly = "AntiTrafik.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "AntiTrafik.Migrations.SqlServer";

    public static bool IsKnown(string? provider) =>
        string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, SqlServer, StringComparison.OrdinalIgnoreCase);

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string provider, string connectionString)
    {
        if (string.Equals(provider, SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            return options.UseSqlServer(connectionString, sql => sql
                .MigrationsAssembly(SqlServerMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .EnableRetryOnFailure(maxRetryCount: 5));
        }

        if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            // Loading several collections never multiplies rows: each collection is its own query.
            return options.UseSqlite(connectionString, sqlite => sqlite
                    .MigrationsAssembly(SqliteMigrationsAssembly)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(new SqlitePragmas());
        }

        throw new InvalidOperationException(
            $"Unknown Database:Provider '{provider}'. Use '{Sqlite}' or '{SqlServer}'.");
    }
}
