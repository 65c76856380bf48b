using AntiTrafik.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiTrafik.Data;

/// <summary>
/// Stamps <see cref="IAuditable"/> fields and raises <see cref="IVersioned.Version"/> on every save, so no
/// handler has to remember either. The original version stays in the UPDATE's WHERE clause: a row changed
/// by someone else in the meantime makes the save fail with <see cref="DbUpdateConcurrencyException"/>.
/// It also refuses any change to or removal of an audit entry.
/// </summary>
public sealed class AuditStampInterceptor(TimeProvider clock, ICurrentUser currentUser) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is Domain.Audit.AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit trail is append-only: entries are never changed or removed.");
            }

            if (entry.State == EntityState.Added)
            {
                if (entry.Entity is IAuditable added)
                {
                    added.CreatedAt = now;
                    added.CreatedById = currentUser.UserId;
                }

                if (entry.Entity is IVersioned newVersioned)
                {
                    newVersioned.Version = 1;
                }
            }
            else if (entry.State == EntityState.Modified)
            {
                if (entry.Entity is IAuditable modified)
                {
                    modified.UpdatedAt = now;
                    modified.UpdatedById = currentUser.UserId;
                }

                if (entry.Entity is IVersioned versioned)
                {
                    versioned.Version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
                }
            }
        }
    }
}
