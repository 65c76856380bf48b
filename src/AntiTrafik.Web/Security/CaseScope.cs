using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Which cases a person sees at all, as a query: every list, search, count and single-record load goes
/// through <see cref="Visible"/>, so another agency's case is simply not there (404), by URL or by post.
/// </summary>
public static class CaseScope
{
    /// <param name="shape">
    /// How the one rule is written for the database; both shapes select exactly the same cases (a test
    /// proves it). <see cref="CaseScopeShape.PerCase"/> tests each case: best for one record and for walking
    /// an agency's many cases newest first. <see cref="CaseScopeShape.IdSets"/> is a union of indexed id
    /// sets: best for counting, and for listing an agency that sees few cases.
    /// </param>
    public static IQueryable<Case> Visible(this AppDbContext db, ClaimsPrincipal user, CaseScopeShape shape = CaseScopeShape.PerCase)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return db.Cases;
        }

        if (user.IsCaseStaff() && user.GetAgencyId() is { } agency)
        {
            // The lead agency, the joint-interview agencies, an agency offered the lead, and an agency that
            // received a referral that is live or completed (declined or withdrawn referrals give nothing).
            var received = db.ReferralsGivingAccessTo(agency);
            if (shape == CaseScopeShape.PerCase)
            {
                return db.Cases.Where(c => c.LeadAgencyId == agency || c.PoliceAgencyId == agency || c.SocialServiceAgencyId == agency
                    || c.ProposedLeadAgencyId == agency
                    || received.Any(r => r.CaseId == c.Id));
            }

            // Written as a union of id sets rather than one OR, so each part is answered from its own index.
            var ids = db.Cases.Where(c => c.LeadAgencyId == agency).Select(c => c.Id)
                .Union(db.Cases.Where(c => c.PoliceAgencyId == agency).Select(c => c.Id))
                .Union(db.Cases.Where(c => c.SocialServiceAgencyId == agency).Select(c => c.Id))
                .Union(db.Cases.Where(c => c.ProposedLeadAgencyId == agency).Select(c => c.Id))
                .Union(received.Select(r => r.CaseId));
            return db.Cases.Where(c => ids.Contains(c.Id));
        }

        return db.Cases.Where(_ => false);
    }

    /// <summary>
    /// One page of the cases an agency's caseworkers see, newest registration first: the same rule as
    /// <see cref="Visible"/>, read as the newest <c>skip + take</c> of each way the agency holds a case (lead,
    /// police, social service, offered lead, a referral received that is not declined or withdrawn), each from its
    /// own index, and merged. Its cost follows the page number, not the number of cases.
    /// </summary>
    /// <param name="filter">The list's filters, applied to the cases of every part.</param>
    /// <returns>The page's cases, unordered: the caller orders them by <c>RegisteredAt</c> then <c>Id</c>, descending.</returns>
    public static IQueryable<Case> NewestVisiblePage(this AppDbContext db, int agency, Func<IQueryable<Case>, IQueryable<Case>> filter, int skip, int take)
    {
        var upTo = skip + take;
        var cases = filter(db.Cases);
        IQueryable<int> Newest(IQueryable<Case> held) =>
            held.OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id).Take(upTo).Select(c => c.Id);

        // A case referred to the agency several times counts once: by its latest such referral. (A DISTINCT here
        // would make the database read all of the agency's referrals before it could take the newest.)
        var giving = db.ReferralsGivingAccessTo(agency);
        var received = giving
            .Where(r => !giving.Any(later => later.CaseId == r.CaseId && later.Id > r.Id) && cases.Any(c => c.Id == r.CaseId))
            .OrderByDescending(r => r.CaseRegisteredAt).ThenByDescending(r => r.CaseId).Take(upTo)
            .Select(r => r.CaseId);

        // The parts give candidate ids only; the page itself is ordered by the cases' own registration time, so a
        // referral's copy of it can only choose candidates, never repeat or misplace a case.
        var candidates = Newest(cases.Where(c => c.LeadAgencyId == agency))
            .Union(Newest(cases.Where(c => c.PoliceAgencyId == agency)))
            .Union(Newest(cases.Where(c => c.SocialServiceAgencyId == agency)))
            .Union(Newest(cases.Where(c => c.ProposedLeadAgencyId == agency)))
            .Union(received);
        var page = db.Cases.Where(c => candidates.Contains(c.Id))
            .OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id).Skip(skip).Take(take)
            .Select(c => c.Id);
        return db.Cases.Where(c => page.Contains(c.Id));
    }

    /// <summary>A referral gives its receiver the case while it is live and once completed; declined or withdrawn, nothing.</summary>
    public static bool GivesAccess(ReferralState state) => state is not (ReferralState.Declined or ReferralState.Withdrawn);

    /// <summary>The referrals that give <paramref name="agency"/> their case (<see cref="GivesAccess"/>, for the database).</summary>
    private static IQueryable<Referral> ReferralsGivingAccessTo(this AppDbContext db, int agency) =>
        db.Referrals.Where(r => r.ReceivingAgencyId == agency && r.State != ReferralState.Declined && r.State != ReferralState.Withdrawn);

    /// <summary>Names the set of cases <see cref="Visible"/> gives this user, for caches of what depends on it.</summary>
    public static string Key(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Coordinator) ? "national"
        : user.IsCaseStaff() && user.GetAgencyId() is { } agency ? $"agency-{agency}"
        : "none";
}
