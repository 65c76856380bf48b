using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AntiTrafik.Tests.Data;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(ModelContexts.Providers), MemberType = typeof(ModelContexts))]
    public void Each_providers_migrations_match_the_model(string provider)
    {
        using var db = ModelContexts.For(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} model has changes without a migration: run scripts/add-migration.sh NAME.");
    }

    [Fact]
    public void The_committed_SQL_Server_script_is_the_one_the_migrations_produce()
    {
        using var db = ModelContexts.For(DatabaseProvider.SqlServer);
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "docs", "sql", "sqlserver-migrations.sql"));

        Assert.True(Normalize(expected) == Normalize(committed),
            "docs/sql/sqlserver-migrations.sql is out of date: run scripts/sqlserver-script.sh.");
    }

    [Theory]
    [MemberData(nameof(ModelContexts.Providers), MemberType = typeof(ModelContexts))]
    public void Every_editable_aggregate_has_a_concurrency_token(string provider)
    {
        using var db = ModelContexts.For(provider);

        var versioned = db.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)).ToList();
        Assert.NotEmpty(versioned);
        Assert.All(versioned, e => Assert.True(e.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken, e.DisplayName()));
        Assert.True(db.Model.FindEntityType(typeof(ApplicationUser))!.FindProperty(nameof(ApplicationUser.ConcurrencyStamp))!.IsConcurrencyToken);
    }

    private static string Normalize(string sql) =>
        string.Join('\n', sql.Replace("\r\n", "\n").Trim().TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd()));
}
