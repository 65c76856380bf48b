using AntiTrafik.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AntiTrafik.Tests.Data;

/// <summary>
/// What SQL Server refuses but EF only finds out on a live server: no server runs here, so the model is
/// checked for those rules directly.
/// </summary>
public sealed class SqlServerModelTests
{
    private static readonly IModel Model = ModelContexts.For(DatabaseProvider.SqlServer).GetService<IDesignTimeModel>().Model;

    [Fact]
    public void The_caseworker_list_newest_first_translates_for_SQL_Server()
    {
        // Set operations over ordered, limited parts inside IN (...): translated without a server to catch what only
        // SQLite accepts.
        using var db = ModelContexts.For(DatabaseProvider.SqlServer);
        var sql = AntiTrafik.Web.Security.CaseScope.NewestVisiblePage(db, 7, cases => cases.Where(c => c.ClosedAt == null), 25, 25)
            .OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id).Select(c => c.Id).ToQueryString();

        Assert.Contains("UNION", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("LIMIT", sql, StringComparison.Ordinal);
        Assert.Contains("SELECT TOP(", sql, StringComparison.Ordinal);
        Assert.Contains("FETCH NEXT", sql, StringComparison.Ordinal);
        Assert.Contains("[CaseRegisteredAt]", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void No_table_is_reached_by_two_cascading_paths_or_a_cascading_cycle()
    {
        var cascades = Model.GetEntityTypes()
            .SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && !fk.DeclaringEntityType.IsOwned())
            .Select(fk => (From: Table(fk.PrincipalEntityType), To: Table(fk.DeclaringEntityType)))
            .ToList();

        foreach (var start in cascades.Select(c => c.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            void Walk(string table, HashSet<string> seen)
            {
                foreach (var edge in cascades.Where(c => c.From == table))
                {
                    Assert.False(seen.Contains(edge.To), $"Cascading cycle through {edge.To} starting at {start}.");
                    paths[edge.To] = paths.GetValueOrDefault(edge.To) + 1;
                    Walk(edge.To, [.. seen, edge.To]);
                }
            }

            Walk(start, [start]);
            var repeated = paths.Where(p => p.Value > 1).Select(p => p.Key).ToList();
            Assert.True(repeated.Count == 0, $"Deleting from {start} cascades to {string.Join(", ", repeated)} by more than one path.");
        }
    }

    [Fact]
    public void Every_indexed_text_column_has_a_bounded_length()
    {
        var keyed = Model.GetEntityTypes().SelectMany(e =>
            e.GetIndexes().SelectMany(i => i.Properties)
                .Concat(e.GetKeys().SelectMany(k => k.Properties))
                .Concat(e.GetForeignKeys().SelectMany(f => f.Properties))
                .Select(p => (Entity: e, Property: p)));
        var unbounded = keyed
            .Where(x => x.Property.ClrType == typeof(string) && x.Property.GetColumnType().Contains("max", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{x.Entity.DisplayName()}.{x.Property.Name}")
            .Distinct()
            .ToList();

        Assert.True(unbounded.Count == 0, "nvarchar(max) cannot be in an index or key: " + string.Join(", ", unbounded));
    }

    [Fact]
    public void The_whole_schema_renders_as_SQL_Server_DDL()
    {
        using var db = ModelContexts.For(DatabaseProvider.SqlServer);

        var script = db.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE [Agencies]", script);
        Assert.DoesNotContain("AUTOINCREMENT", script);
    }

    private static string Table(IReadOnlyEntityType entity) => entity.GetTableName() ?? entity.Name;
}
