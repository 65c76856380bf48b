using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Performance;

/// <summary>
/// The statistics read a period of cases and referrals through an index, never by reading every case or
/// referral there is: that is what keeps the dashboard's first view after a save from growing with the years of
/// data (a full read of a million cases' rows took over a minute for the 35 figures). SQLite is asked for the
/// plan of each query the dashboard actually sent.
/// </summary>
public sealed partial class StatisticsQueryPlanTests(CountingPortal portal) : IClassFixture<CountingPortal>
{
    [Theory]
    [InlineData(Demo.Coordinator, "/Statistics")]
    [InlineData(Demo.Coordinator, "/Statistics?Year=2025&CountyId=1")]
    [InlineData(Demo.Coordinator, "/Statistics?From=2018-01-01&To=2026-12-31")]
    [InlineData(Demo.PoliceTirana, "/Statistics")]
    public async Task No_figure_reads_every_case_or_referral(string email, string url)
    {
        using var client = await portal.SignedInClientAsync(email);
        portal.Services.GetRequiredService<DataVersion>().Bump();
        portal.Counter.Reset();
        portal.Counter.IsRecording = true;
        try
        {
            await client.GetPageAsync(url);
        }
        finally
        {
            portal.Counter.IsRecording = false;
        }

        var read = portal.Counter.Recorded.Where(c => TableAlias().IsMatch(c.Sql)).ToList();
        Assert.True(read.Count >= 20, $"Only {read.Count} queries of cases or referrals were seen.");
        var problems = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        foreach (var command in read)
        {
            var aliases = TableAlias().Matches(command.Sql).Select(m => m.Groups["alias"].Value).ToHashSet();
            foreach (var line in await PlanAsync(connection, command))
            {
                // "SCAN c" reads the whole table; "SCAN c USING COVERING INDEX" the whole of one index.
                if (line.StartsWith("SCAN ", StringComparison.Ordinal) && aliases.Contains(line.Split(' ')[1]))
                {
                    problems.Add($"{line}\n    in: {command.Sql}");
                }
            }
        }

        Assert.Empty(problems);
    }

    private static async Task<List<string>> PlanAsync(SqliteConnection connection, SqlCommandCounter.Query recorded)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + recorded.Sql;
        foreach (var (name, value) in recorded.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }

    [GeneratedRegex("\"(?:Cases|Referrals)\" AS \"(?<alias>\\w+)\"")]
    private static partial Regex TableAlias();
}
