using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>
/// Brings every case's blind index to <see cref="BlindIndex.Version"/>: cases registered before search existed, or
/// indexed with older words or an older key, are opened one batch at a time (in this process, like a case page) and
/// given fresh tokens. The case itself is not changed (its version stays, so nobody's open form is refused), and a
/// case whose identity changed meanwhile is left to the edit that changed it: the row is updated only while its
/// ciphertext is still the one read.
/// </summary>
public sealed class SearchIndexRebuild(AppDbContext db, PersonalDataProtector protector, BlindIndex blindIndex)
{
    public const int BatchSize = 200;

    /// <summary>One batch: how many cases it found behind the index, and how many of them it indexed again (a case whose
    /// identity changed meanwhile was indexed by that save and is skipped).</summary>
    public sealed record Batch(int Found, int Rebuilt);

    /// <returns>The batch; <see cref="Batch.Found"/> is 0 when no case is left behind.</returns>
    public async Task<Batch> RebuildBatchAsync(CancellationToken cancellationToken = default)
    {
        var stale = await db.Cases.AsNoTracking()
            .Where(c => c.SearchIndexVersion < BlindIndex.Version)
            .OrderBy(c => c.Id)
            .Take(BatchSize)
            .Select(c => new { c.Id, c.ProtectedIdentity })
            .ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return new Batch(0, 0);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rebuilt = 0;
            foreach (var row in stale)
            {
                var claimed = await db.Cases
                    .Where(c => c.Id == row.Id && c.ProtectedIdentity == row.ProtectedIdentity && c.SearchIndexVersion < BlindIndex.Version)
                    .ExecuteUpdateAsync(set => set.SetProperty(c => c.SearchIndexVersion, BlindIndex.Version), cancellationToken);
                if (claimed == 0)
                {
                    continue;
                }

                await db.Set<CaseSearchToken>().Where(t => t.CaseId == row.Id).ExecuteDeleteAsync(cancellationToken);
                db.Set<CaseSearchToken>().AddRange(blindIndex.TokensOf(protector.Unprotect(row.ProtectedIdentity)).Select(token => new CaseSearchToken(row.Id, token)));
                rebuilt++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new Batch(stale.Count, rebuilt);
        });
    }
}

/// <summary>At start, and every hour after, indexes in batches whatever the blind index has not reached yet.</summary>
public sealed class SearchIndexRebuildJob(IServiceScopeFactory scopes, ILogger<SearchIndexRebuildJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                var total = 0;
                SearchIndexRebuild.Batch batch;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    batch = await scope.ServiceProvider.GetRequiredService<SearchIndexRebuild>().RebuildBatchAsync(stoppingToken);
                    total += batch.Rebuilt;
                }
                while (batch.Found > 0 && !stoppingToken.IsCancellationRequested);

                if (total > 0)
                {
                    logger.LogInformation("The search index was rebuilt for {Count} cases", total);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Rebuilding the search index failed; it is tried again within the hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
