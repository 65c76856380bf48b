using AntiTrafik.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Data;

/// <summary>The portal's DbContext configured for each provider exactly as the application configures it; no server needed.</summary>
public static class ModelContexts
{
    public const string SqlServerPlaceholder = "Server=localhost;Database=AntiTrafik;TrustServerCertificate=true";

    public static AppDbContext For(string provider) =>
        new(DatabaseProvider.Configure(new DbContextOptionsBuilder<AppDbContext>(), provider,
            provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : SqlServerPlaceholder).Options as DbContextOptions<AppDbContext>
            ?? throw new InvalidOperationException());

    public static TheoryData<string> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.SqlServer];
}
