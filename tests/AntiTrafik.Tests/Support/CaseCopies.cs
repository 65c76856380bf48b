using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Support;

/// <summary>
/// Copies of one registered case, made in SQL with their blind index, for tests about what happens past a thousand
/// rows: registering a thousand through forms would show nothing more. The copies carry the case's numbers with
/// "/1", "/2"… appended, and nothing of its timeline, assessments or referrals.
/// </summary>
public static class CaseCopies
{
    public static Task AddAsync(PortalFactory portal, int caseId, int copies) =>
        portal.WithDbAsync(async db =>
        {
            var number = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var columns = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT name FROM pragma_table_info('Cases') WHERE name <> 'Id'";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add('"' + reader.GetString(0) + '"');
                }
            }

            // Column names read from the table itself and two integers: nothing typed reaches this SQL.
            var copied = string.Join(", ", columns).Replace("\"Number\"", "\"Number\" || '/' || n.i", StringComparison.Ordinal);
            var insert = $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {copies}) " +
                $"INSERT INTO Cases ({string.Join(", ", columns)}) SELECT {copied} FROM Cases, n WHERE Cases.Id = {caseId}";
            await db.Database.ExecuteSqlRawAsync(insert);
            var pattern = number + "/%";
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO CaseSearchTokens (CaseId, Token) SELECT c.Id, t.Token FROM Cases c JOIN CaseSearchTokens t ON t.CaseId = {caseId} WHERE c.Number LIKE {pattern}");
            return copies;
        });
}
