using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Infrastructure.Notifications;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Notifications;

/// <summary>
/// The agency's in-app notifications: what happened, to which case number or meeting, with a link to where the work is
/// done. No names. Only the reader's own agency's notifications are listed or marked read.
/// </summary>
public static class AgencyNotifications
{
    /// <summary>How many of the newest are listed.</summary>
    public const int Listed = 100;

    /// <param name="Subject">The case number, or the meeting's title.</param>
    /// <param name="Path">Where the notification leads (<see cref="NotificationLinks"/>).</param>
    public sealed record Row(long Id, NotificationKind Kind, string Subject, string Path, DateTime CreatedAt, bool IsRead);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var agency = user.GetAgencyId() ?? 0;
            var rows = await db.Notifications.AsNoTracking().Where(n => n.AgencyId == agency)
                .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Listed)
                .Select(n => new { n.Id, n.Kind, n.CaseId, n.MeetingId, n.Subject, n.CreatedAt, IsRead = n.ReadAt != null })
                .ToListAsync(cancellationToken);
            return rows.Select(n => new Row(n.Id, n.Kind, n.Subject, NotificationLinks.PathOf(n.Kind, n.CaseId, n.MeetingId), n.CreatedAt, n.IsRead)).ToList();
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
