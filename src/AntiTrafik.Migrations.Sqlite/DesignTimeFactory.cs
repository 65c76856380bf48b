using AntiTrafik.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AntiTrafik.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider without starting the web application.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseProvider.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new AppDbContext(options.Options);
    }
}
