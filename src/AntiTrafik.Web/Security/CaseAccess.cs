using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Which cases a person sees at all, as a query: every list, search, count and single-record load goes
/// through <see cref="Visible"/>, so another agency's case is simply not there (404), by URL or by post.
/// </summary>
public static class CaseScope
{
    public static IQueryable<Case> Visible(this AppDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return db.Cases;
        }

        if (user.IsInRole(Roles.Caseworker) && user.GetAgencyId() is { } agency)
        {
            // The lead agency, and the police and social-service agencies of the joint interview.
            return db.Cases.Where(c => c.LeadAgencyId == agency || c.PoliceAgencyId == agency || c.SocialServiceAgencyId == agency);
        }

        return db.Cases.Where(_ => false);
    }
}

/// <summary>What the authorization handler needs to know about a case the user already sees.</summary>
public sealed record CaseAccessFacts(int LeadAgencyId, int PoliceAgencyId, int SocialServiceAgencyId);

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
        var allowed = requirement.Name switch
        {
            nameof(CaseOperations.ReadIdentity) or nameof(CaseOperations.AddNote) => isLead || isPolice || isSocial,
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
