using AntiTrafik.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Infrastructure.Commands;

/// <summary>
/// The one place where a save over a newer version (the optimistic-concurrency token, or Identity's
/// concurrency stamp) becomes a refusal the user can read, instead of a 500.
/// </summary>
public static class ConcurrencyRefusal
{
    /// <summary>What the user is told when someone else saved the record first.</summary>
    public static CommandResult ChangedMeanwhile(IStringLocalizer<SharedResource> l) =>
        CommandResult.Refused(l["Someone else changed this record while you were editing it. Reload and try again."]);

    /// <summary>Saves; a conflict with someone else's save is <see cref="ChangedMeanwhile"/>.</summary>
    public static Task<CommandResult> SaveOrRefuseAsync(this DbContext db, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken = default) =>
        db.SaveOrRefuseAsync(() => Task.FromResult(ChangedMeanwhile(l)), cancellationToken);

    /// <summary>Saves; a conflict with someone else's save is the refusal <paramref name="changedMeanwhile"/> makes (e.g. saying what the record is now).</summary>
    public static async Task<CommandResult> SaveOrRefuseAsync(this DbContext db, Func<Task<CommandResult>> changedMeanwhile, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await changedMeanwhile();
        }
    }
}
