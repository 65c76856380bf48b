using System.Collections.Concurrent;
using System.Data.Common;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Performance;

/// <summary>
/// Counts the SQL commands the portal sends, so a test can see whether a page's count grows with its data; while
/// <see cref="IsRecording"/>, also keeps each query's text and parameters, to ask SQLite how it would run them.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    public sealed record Query(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    private readonly ConcurrentQueue<Query> _recorded = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public bool IsRecording { get; set; }

    public IReadOnlyList<Query> Recorded => _recorded.ToList();

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _recorded.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Seen(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        if (IsRecording)
        {
            _recorded.Enqueue(new Query(command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
        }
    }
}

public sealed class CountingPortal : PortalFactory
{
    public SqlCommandCounter Counter { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Only the pages' own commands are counted: the look at other instances' saves runs on its own clock.
        builder.UseSetting("DataVersion:WatchSeconds", "0");
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Counter));
    }
}

/// <summary>
/// No page's number of SQL commands grows with the data it shows (no N+1): each page is counted, then the
/// data behind it grows several times over, and it is counted again; both times uncached.
/// </summary>
public sealed class SqlCommandCountTests(CountingPortal portal) : IClassFixture<CountingPortal>
{
    /// <summary>The commands of a view with every cache empty, as after a save (a cached view would run none).</summary>
    private async Task<int> CommandsForAsync(PortalClient client, string url)
    {
        await client.GetPageAsync(url);
        portal.Services.GetRequiredService<DataVersion>().Bump();
        portal.Counter.Reset();
        await client.GetPageAsync(url);
        return portal.Counter.Count;
    }

    [Fact]
    public async Task Every_main_page_runs_the_same_number_of_commands_with_more_data()
    {
        using var coordinator = portal.CreatePortalClient();
        using var police = portal.CreatePortalClient();
        using var shelter = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        await shelter.SignInAsExpectedAsync(Demo.ShelterTdb);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Numra", "Komandash");
        // One of everything first: a page may run a query per kind of child (split queries), never per row.
        var first = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        await ReferralSteps.StepAsync(portal, shelter, first, "Accept");
        await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Notes", [new("Text", "Shënimi i parë")]);
        var pages = new (PortalClient Client, string Url)[]
        {
            (coordinator, "/Cases?State=All"), (coordinator, "/Cases?State=All&Status=PotentialVictim"), (police, "/Cases?State=All"),
            (police, $"/Cases/{caseId}"), (shelter, "/Referrals"), (coordinator, "/Statistics"), (coordinator, "/Meetings"), (coordinator, "/Audit"),
        };
        var before = new List<int>();
        foreach (var (client, url) in pages)
        {
            before.Add(await CommandsForAsync(client, url));
        }

        for (var i = 0; i < 12; i++)
        {
            var other = await CaseForms.RegisterAsync(portal, police, "Shtesë", $"Rasti{i}");
            await ReferralSteps.SentAsync(portal, police, other, "TDB");
            await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Notes", [new("Text", $"Shënim {i}")]);
        }

        await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        await ReferralSteps.SentAsync(portal, police, caseId, "SHSSH-TIRANE", "Urgent", "PsychologicalSupport");

        for (var p = 0; p < pages.Length; p++)
        {
            var after = await CommandsForAsync(pages[p].Client, pages[p].Url);
            Assert.True(after <= before[p], $"{pages[p].Url} ran {before[p]} commands before and {after} with more data.");
        }
    }
}
