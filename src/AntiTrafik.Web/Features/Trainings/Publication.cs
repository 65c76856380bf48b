using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Trainings;

/// <summary>
/// Keeps a meeting, training or activity out of the bulletin, or puts it back. An ordinary save of the record:
/// its audit stamps and version move (a form open on it meanwhile is told, not overwritten) and cached lists see it.
/// </summary>
public static class Publication
{
    public enum Target
    {
        Meeting,
        Training,
        Activity,
    }

    public sealed class Handler(AppDbContext db, AuditTrail audit, IStringLocalizer<SharedResource> l)
    {
        public async Task<CommandResult> DecideAsync(Target target, int id, bool notForPublication, ClaimsPrincipal user)
        {
            var found = target switch
            {
                Target.Meeting => await db.Meetings.SingleOrDefaultAsync(m => m.Id == id) is { } meeting
                    && Set(() => meeting.NotForPublication = notForPublication),
                Target.Training => await db.Trainings.SingleOrDefaultAsync(t => t.Id == id) is { } training
                    && Set(() => training.NotForPublication = notForPublication),
                _ => await db.AwarenessActivities.SingleOrDefaultAsync(a => a.Id == id) is { } activity
                    && Set(() => activity.NotForPublication = notForPublication),
            };
            if (!found)
            {
                return CommandResult.NotFound();
            }

            var saved = await db.SaveOrRefuseAsync(l);
            if (saved.IsDone)
            {
                await audit.RecordAsync(AuditAction.Update, target.ToString(), id, "NotForPublication", user);
            }

            return saved;
        }

        private static bool Set(Action change)
        {
            change();
            return true;
        }
    }
}
