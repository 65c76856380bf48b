using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

        if (user.IsInRole(Roles.Caseworker) && user.GetAgencyId() is { } agency)
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
        : user.IsInRole(Roles.Caseworker) && user.GetAgencyId() is { } agency ? $"agency-{agency}"
        : "none";
}

public enum CaseAccessOutcome
{
    Allowed,
    NotFound,
    Forbidden,
}

/// <summary>
/// The one way a use case opens a case to change it: found through the user's scope (otherwise 404), then
/// the operation asked of the authorization handler (otherwise 403).
/// </summary>
public static class CaseGate
{
    /// <param name="cases">The user's visible cases, with whatever the use case needs included.</param>
    public static async Task<(Case? Case, CaseAccessOutcome Outcome)> OpenAsync(this IAuthorizationService authorization, AppDbContext db,
        IQueryable<Case> cases, int id, ClaimsPrincipal user, OperationAuthorizationRequirement operation)
    {
        var @case = await cases.SingleOrDefaultAsync(c => c.Id == id);
        if (@case is null)
        {
            return (null, CaseAccessOutcome.NotFound);
        }

        var facts = await CaseAccessFacts.ForAsync(db, @case);
        return (await authorization.AuthorizeAsync(user, facts, operation)).Succeeded
            ? (@case, CaseAccessOutcome.Allowed)
            : (null, CaseAccessOutcome.Forbidden);
    }
}

public enum CaseScopeShape
{
    PerCase,
    IdSets,
}

/// <summary>What the authorization handler needs to know about a case the user already sees.</summary>
public sealed record CaseAccessFacts(
    int LeadAgencyId,
    int PoliceAgencyId,
    int SocialServiceAgencyId,
    int? ProposedLeadAgencyId,
    IReadOnlyCollection<int> LiveReceivers,
    IReadOnlyCollection<int> CompletedReceivers)
{
    public static async Task<CaseAccessFacts> ForAsync(AppDbContext db, Case @case)
    {
        var receivers = await db.Referrals.AsNoTracking()
            .Where(r => r.CaseId == @case.Id)
            .Select(r => new { r.ReceivingAgencyId, r.State })
            .ToListAsync();
        return From(@case, receivers.Select(r => (r.ReceivingAgencyId, r.State)));
    }

    /// <summary>The same facts from the case's referrals already loaded (all of them; declined and withdrawn ones give nothing).</summary>
    public static CaseAccessFacts From(Case @case, IEnumerable<(int ReceivingAgencyId, ReferralState State)> referrals)
    {
        var live = referrals.Where(r => CaseScope.GivesAccess(r.State)).ToList();
        return new CaseAccessFacts(@case.LeadAgencyId, @case.PoliceAgencyId, @case.SocialServiceAgencyId, @case.ProposedLeadAgencyId,
            live.Where(r => r.State != ReferralState.Completed).Select(r => r.ReceivingAgencyId).ToHashSet(),
            live.Where(r => r.State == ReferralState.Completed).Select(r => r.ReceivingAgencyId).ToHashSet());
    }
}

public static class CaseOperations
{
    /// <summary>See the person's identity and the case's notes.</summary>
    public static readonly OperationAuthorizationRequirement ReadIdentity = new() { Name = nameof(ReadIdentity) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    public static readonly OperationAuthorizationRequirement AddNote = new() { Name = nameof(AddNote) };
    public static readonly OperationAuthorizationRequirement AssessAsPolice = new() { Name = nameof(AssessAsPolice) };
    public static readonly OperationAuthorizationRequirement AssessAsSocialService = new() { Name = nameof(AssessAsSocialService) };
    public static readonly OperationAuthorizationRequirement Reconsider = new() { Name = nameof(Reconsider) };
    public static readonly OperationAuthorizationRequirement CloseOrReopen = new() { Name = nameof(CloseOrReopen) };

    /// <summary>Send a referral for this case to another agency.</summary>
    public static readonly OperationAuthorizationRequirement Refer = new() { Name = nameof(Refer) };

    /// <summary>Offer the lead to another agency.</summary>
    public static readonly OperationAuthorizationRequirement OfferLead = new() { Name = nameof(OfferLead) };

    /// <summary>Accept or decline the lead this agency was offered.</summary>
    public static readonly OperationAuthorizationRequirement AnswerLeadOffer = new() { Name = nameof(AnswerLeadOffer) };

    /// <summary>The coordinator's office: show the identity for one page view, with a typed reason.</summary>
    public static readonly OperationAuthorizationRequirement Reveal = new() { Name = nameof(Reveal) };

    /// <summary>The coordinator's office: link two records as the same person.</summary>
    public static readonly OperationAuthorizationRequirement Link = new() { Name = nameof(Link) };
}

/// <summary>
/// Decides, per case, what a person who sees it may do. The lead agency edits, closes and reopens; the
/// joint-interview agencies record their side's assessment; all three add notes; the coordinator's office
/// reviews pseudonymised and may reveal and link. Administrators and meeting secretaries get nothing.
/// </summary>
public sealed class CaseAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CaseAccessFacts>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, CaseAccessFacts facts)
    {
        var user = context.User;
        if (user.IsInRole(Roles.Coordinator))
        {
            if (requirement == CaseOperations.Reveal || requirement == CaseOperations.Link)
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }

        if (!user.IsInRole(Roles.Caseworker) || user.GetAgencyId() is not { } agency)
        {
            return Task.CompletedTask;
        }

        var isLead = agency == facts.LeadAgencyId;
        var isPolice = agency == facts.PoliceAgencyId;
        var isSocial = agency == facts.SocialServiceAgencyId;
        var isServing = facts.LiveReceivers.Contains(agency);
        var hasServed = facts.CompletedReceivers.Contains(agency);
        var isOfferedLead = agency == facts.ProposedLeadAgencyId;
        var works = isLead || isPolice || isSocial || isServing;
        var allowed = requirement.Name switch
        {
            nameof(CaseOperations.ReadIdentity) => works || hasServed || isOfferedLead,
            nameof(CaseOperations.AddNote) or nameof(CaseOperations.Refer) => works,
            nameof(CaseOperations.OfferLead) => isLead,
            nameof(CaseOperations.AnswerLeadOffer) => isOfferedLead,
            nameof(CaseOperations.Reconsider) => isLead || isPolice || isSocial,
            nameof(CaseOperations.Edit) or nameof(CaseOperations.CloseOrReopen) => isLead,
            nameof(CaseOperations.AssessAsPolice) => isPolice,
            nameof(CaseOperations.AssessAsSocialService) => isSocial,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
