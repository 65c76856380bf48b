using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Meetings;

/// <summary>"My agency's actions": what meetings asked of the user's agency, open and overdue first; the coordinator's office sees all, by agency.</summary>
public static class MyActions
{
    public sealed record Row(int Id, int Version, int MeetingId, string MeetingTitle, DateTime MeetingAt, string Description, string Agency, DateOnly DueOn, ActionState State, string? Note, bool IsOverdue)
    {
        public bool CanUpdate { get; init; }
    }

    public sealed class Handler(AppDbContext db, IAuthorizationService authorization, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Row>> HandleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var actions = db.ActionItems.AsNoTracking().Listed(user);
            var rows = await actions
                .Select(a => new
                {
                    Row = new Row(a.Id, a.Version, a.MeetingId, a.Meeting.Title, a.Meeting.StartsAt, a.Description, a.ResponsibleAgency.Name, a.DueOn, a.State, a.Note,
                        a.State == ActionState.Open && a.DueOn < today),
                    a.ResponsibleAgencyId,
                })
                .ToListAsync(cancellationToken);
            var mayUpdate = new Dictionary<int, bool>();
            foreach (var agency in rows.Select(r => r.ResponsibleAgencyId).Distinct())
            {
                mayUpdate[agency] = (await authorization.AuthorizeAsync(user, MeetingAccessFacts.Action(agency), MeetingOperations.UpdateAction)).Succeeded;
            }

            return rows.Select(r => r.Row with { CanUpdate = mayUpdate[r.ResponsibleAgencyId] })
                .OrderBy(r => r.Agency, StringComparer.CurrentCulture)
                .ThenBy(r => r.State == ActionState.Open ? 0 : 1).ThenByDescending(r => r.IsOverdue).ThenBy(r => r.DueOn)
                .ToList();
        }
    }
}
