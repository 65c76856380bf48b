using System.Data.Common;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// A number that changes whenever anything but the audit trail is saved. What <see cref="VersionedCache"/>
/// holds (figures, counts, list pages, names) carries it, so it is recomputed after every change.
/// This instance's saves move it at once; they also add one to the database's shared count of saves
/// (<see cref="DataStamp"/>), which <see cref="DataVersionWatcher"/> looks at every second, so another
/// instance's saves move it within about a second.
/// </summary>
public sealed class DataVersion(ILogger<DataVersion> logger) : SaveChangesInterceptor
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    /// <summary>The contexts whose save under way changes more than the portal's own bookkeeping.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _changing = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _changing.Remove(context))
        {
            await ChangedAsync(context);
        }

        return result;
    }

    /// <summary>The portal saves asynchronously; a synchronous save (a tool, a test) is counted the same way.</summary>
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _changing.Remove(context))
        {
            ChangedAsync(context).GetAwaiter().GetResult();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Something was saved (by the interceptor, or by a bulk update that bypasses the change tracker): this
    /// instance's version moves at once, and the shared count tells the other instances.
    /// </summary>
    public async Task ChangedAsync(DbContext context)
    {
        Bump();
        try
        {
            // Not cancelled with the request: the change is committed, and the other instances should hear of it.
            await context.Set<DataStamp>().Where(d => d.Id == DataStamp.TheOne)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Saves, d => d.Saves + 1), CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            // The change itself is saved; only other instances hear of it later (when their cached values expire).
            logger.LogWarning(exception, "A save could not be counted for the other portal instances");
        }
    }

    /// <summary>Moves this instance's version only: for another instance's save (and the bench's "after a save").</summary>
    public void Bump() => Interlocked.Increment(ref _value);

    /// <summary>
    /// Before a save, what is added, changed or deleted is known (after it, every entry is Unchanged): a save counts
    /// unless it touches only the portal's own bookkeeping (the audit trail, sessions, sign-in throttles), even when
    /// the same context also tracks, unchanged, a user or a case it read.
    /// </summary>
    private void Note(DbContext? context)
    {
        if (context is AppDbContext && context.ChangeTracker.Entries()
                .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not IOperationalRecord))
        {
            _changing.AddOrUpdate(context, context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _changing.Remove(context);
        }
    }
}

/// <summary>
/// Looks at the shared count of saves every <c>DataVersion:WatchSeconds</c> (1 by default; 0 turns it off, for a
/// single instance or a test that counts SQL commands); when it moved, this instance's <see cref="DataVersion"/> moves.
/// </summary>
public sealed class DataVersionWatcher(IServiceScopeFactory scopes, DataVersion version, IConfiguration configuration, ILogger<DataVersionWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("DataVersion:WatchSeconds", 1.0);
        if (seconds <= 0)
        {
            return;
        }

        long? seen = null;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var saves = await db.DataStamp.AsNoTracking().Where(d => d.Id == DataStamp.TheOne).Select(d => d.Saves).SingleAsync(stoppingToken);
                // This instance's own saves move the count too; moving the version again for them costs one recomputation.
                if (seen is { } before && before != saves)
                {
                    version.Bump();
                }

                seen = saves;
            }
            catch (Exception exception) when (exception is DbException or InvalidOperationException)
            {
                logger.LogWarning(exception, "The shared count of saves could not be read");
            }
        }
    }
}
