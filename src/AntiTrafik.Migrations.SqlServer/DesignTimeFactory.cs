using AntiTrafik.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AntiTrafik.Migrations.SqlServer;

/// <summary>
/// Lets <c>dotnet ef</c> build the model for this provider without starting the web application. Adding a
/// migration or writing the script needs no server; the connection string is only a placeholder.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseProvider.Configure(options, DatabaseProvider.SqlServer,
            "Server=localhost;Database=AntiTrafik;Integrated Security=false;TrustServerCertificate=true");
        return new AppDbContext(options.Options);
    }
}
