using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Meetings;

/// <summary>One meeting with its minutes, as its reader may see it; the print page uses the same model.</summary>
public static class Details
{
    public sealed record ActionView(int Id, int Version, string Description, int AgencyId, string Agency, DateOnly DueOn, ActionState State, string? Note, bool IsOverdue, bool CanUpdate);

    public sealed record FollowUp(int MeetingId, string MeetingTitle, DateTime MeetingAt, ActionView Action);

    /// <param name="Decision">Null when the reader may not see the case: then only its number is shown.</param>
    public sealed record CaseLinkView(int CaseId, string Number, string? Decision);

    public sealed record AmendmentView(string Reason, string Changes, string User, DateTime At);

    public sealed record Model(
        Meeting Meeting,
        string? County,
        string? Organiser,
        IReadOnlyList<string> Agencies,
        IReadOnlyList<ActionView> Actions,
        IReadOnlyList<FollowUp> FollowUps,
        IReadOnlyList<CaseLinkView> Cases,
        IReadOnlyList<AmendmentView> Amendments,
        IReadOnlyList<SelectListItem> AgencyChoices,
        bool CanEdit,
        bool CanDecidePublication);

    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, IAuthorizationService authorization, TimeProvider clock,
        ReferenceNames names, IStringLocalizer<SharedResource> l)
    {
        public async Task<Model?> LoadAsync(int id, ClaimsPrincipal user)
        {
            var meeting = await db.Meetings.Visible(user).AsNoTracking().AsSplitQuery()
                .Include(m => m.Agenda).Include(m => m.Participants).Include(m => m.Amendments)
                .Include(m => m.Agencies).ThenInclude(a => a.Agency)
                .SingleOrDefaultAsync(m => m.Id == id);
            if (meeting is null)
            {
                return null;
            }

            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var canEdit = await Allowed(user, MeetingAccessFacts.Meeting, MeetingOperations.Edit);
            var actions = await db.ActionItems.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.DueOn).Include(a => a.ResponsibleAgency).ToListAsync();
            // Open actions of this body's earlier meetings come back on this meeting's agenda: those of the earlier
            // meetings the reader may see (an agency that joins the body later does not see what was decided before).
            var earlierMeetings = db.Meetings.Visible(user)
                .Where(m => m.Kind == meeting.Kind && m.CountyId == meeting.CountyId && m.StartsAt < meeting.StartsAt && m.Id != id)
                .Select(m => m.Id);
            var followUps = await db.ActionItems.AsNoTracking().Include(a => a.Meeting).Include(a => a.ResponsibleAgency)
                .Where(a => a.State == ActionState.Open && earlierMeetings.Contains(a.MeetingId))
                .OrderBy(a => a.DueOn).ToListAsync();
            var visibleCases = MeetingScope.CasesWithVisibleDecisions(db, user);
            var links = await db.MeetingCaseLinks.AsNoTracking().Where(l => l.MeetingId == id)
                .Select(l => new { l.CaseId, l.Case.Number, l.ProtectedDecision, Visible = visibleCases.Contains(l.CaseId) })
                .ToListAsync();
            var userIds = meeting.Amendments.Select(a => a.UserId).Distinct(StringComparer.Ordinal).ToList();
            var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, StringComparer.Ordinal);

            var mayUpdate = new Dictionary<int, bool>();
            foreach (var agency in actions.Concat(followUps).Select(a => a.ResponsibleAgencyId).Distinct())
            {
                mayUpdate[agency] = await Allowed(user, MeetingAccessFacts.Action(agency), MeetingOperations.UpdateAction);
            }

            ActionView View(ActionItem a) => new(a.Id, a.Version, a.Description, a.ResponsibleAgencyId, a.ResponsibleAgency.Name, a.DueOn, a.State, a.Note,
                a.IsOverdue(today), mayUpdate[a.ResponsibleAgencyId]);

            return new Model(
                meeting,
                await db.Counties.Where(c => c.Id == meeting.CountyId).Select(c => c.Name).SingleOrDefaultAsync(),
                await db.Agencies.Where(a => a.Id == meeting.OrganiserAgencyId).Select(a => a.Name).SingleOrDefaultAsync(),
                meeting.Agencies.Select(a => a.Agency.Name).Order(StringComparer.CurrentCulture).ToList(),
                actions.Select(View).ToList(),
                followUps.Select(a => new FollowUp(a.MeetingId, a.Meeting.Title, a.Meeting.StartsAt, View(a))).ToList(),
                links.Select(l => new CaseLinkView(l.CaseId, l.Number, l.Visible ? protector.Unseal(l.ProtectedDecision) : null)).ToList(),
                meeting.Amendments.OrderBy(a => a.At).Select(a => new AmendmentView(a.Reason, a.Changes, users.GetValueOrDefault(a.UserId, "—"), a.At)).ToList(),
                canEdit
                    ? (await names.GetAsync()).Choices(l)
                    : [],
                canEdit,
                await Allowed(user, MeetingAccessFacts.Meeting, MeetingOperations.DecidePublication));
        }

        private async Task<bool> Allowed(ClaimsPrincipal user, MeetingAccessFacts facts, OperationAuthorizationRequirement operation) =>
            (await authorization.AuthorizeAsync(user, facts, operation)).Succeeded;
    }
}
