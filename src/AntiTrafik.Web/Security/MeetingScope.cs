using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Meetings;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Which meetings a person sees: the coordinator's office and meeting secretaries all of them; everyone else
/// the MKR meetings (every institution is a member) and the meetings their agency organised or attended.
/// Every meeting read goes through <see cref="Visible"/>, so a meeting one may not see is a 404.
/// </summary>
public static class MeetingScope
{
    public static IQueryable<Meeting> Visible(this IQueryable<Meeting> meetings, ClaimsPrincipal user)
    {
        if (SeesAll(user))
        {
            return meetings;
        }

        var agency = user.GetAgencyId() ?? 0;
        return meetings.Where(m => m.Kind == MeetingKind.Mkr || m.OrganiserAgencyId == agency || m.Agencies.Any(a => a.AgencyId == agency));
    }

    /// <summary>
    /// The actions listed as "my institution's actions": those asked of the user's agency; the coordinator's office and
    /// meeting secretaries list every action.
    /// </summary>
    public static IQueryable<ActionItem> Listed(this IQueryable<ActionItem> actions, ClaimsPrincipal user)
    {
        if (SeesAll(user))
        {
            return actions;
        }

        var agency = user.GetAgencyId() ?? 0;
        return actions.Where(a => a.ResponsibleAgencyId == agency);
    }

    /// <summary>
    /// The Responsible Authority's decisions on concrete cases are for the coordinator's office and for
    /// caseworkers of agencies that may see the case; everyone else sees the case number only.
    /// </summary>
    public static IQueryable<int> CasesWithVisibleDecisions(AppDbContext db, ClaimsPrincipal user) =>
        user.IsInRole(Roles.Coordinator) ? db.Cases.Select(c => c.Id)
        : user.IsCaseStaff() ? db.Visible(user).Select(c => c.Id)
        : db.Cases.Where(_ => false).Select(c => c.Id);

    /// <summary>The meetings' keepers (see <see cref="MeetingAuthorizationHandler"/>) see every meeting and every action.</summary>
    private static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.MeetingSecretary);
}
