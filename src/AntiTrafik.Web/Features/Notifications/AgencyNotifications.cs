using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Notifications;

/// <summary>The agency's in-app notifications: what happened, to which case number, with a link. No names.</summary>
public static class AgencyNotifications
{
    /// <summary>How many of the newest are listed.</summary>
    public const int Listed = 100;

    public sealed record Row(long Id, NotificationKind Kind, int CaseId, string CaseNumber, DateTime CreatedAt, bool IsRead);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var agency = user.GetAgencyId() ?? 0;
            return await db.Notifications.AsNoTracking().Where(n => n.AgencyId == agency)
                .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Listed)
                .Select(n => new Row(n.Id, n.Kind, n.CaseId, n.CaseNumber, n.CreatedAt, n.ReadAt != null))
                .ToListAsync(cancellationToken);
        }

        /// <summary>
        /// Everything unread for the agency is read now: an ordinary save, so the menu's count (cached until the next
        /// save) follows at once.
        /// </summary>
        public async Task<CommandResult> MarkAllReadAsync(ClaimsPrincipal user)
        {
            var agency = user.GetAgencyId() ?? 0;
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var unread in await db.Notifications.Where(n => n.AgencyId == agency && n.ReadAt == null).ToListAsync())
            {
                unread.ReadAt = now;
            }

            await db.SaveChangesAsync();
            return CommandResult.Done();
        }
    }
}
