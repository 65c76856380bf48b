using AntiTrafik.Domain.Audit;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// A number that changes whenever this instance saves anything but the audit trail. What <see cref="VersionedCache"/>
/// holds (figures, counts, list pages, names) carries it, so it is recomputed after every change.
/// One instance's number does not see another's writes; cached figures there live at most their expiry.
/// </summary>
public sealed class DataVersion : SaveChangesInterceptor
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Bump(eventData);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Bump(eventData);
        return base.SavedChanges(eventData, result);
    }

    /// <summary>For bulk updates that bypass the change tracker.</summary>
    public void Bump() => Interlocked.Increment(ref _value);

    private void Bump(SaveChangesCompletedEventData eventData)
    {
        // After a save the entries are Unchanged, so the interceptor cannot see what changed; it counts any save
        // that is not only the audit trail, which is written on its own.
        if (eventData.Context?.ChangeTracker.Entries().Any(e => e.Entity is not AuditEntry) != false)
        {
            Bump();
        }
    }
}
