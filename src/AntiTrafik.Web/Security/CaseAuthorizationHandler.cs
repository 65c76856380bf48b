using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Decides, per case, what a person who sees it may do. The lead agency edits, closes and reopens; the
/// joint-interview agencies record their side's assessment; all three (and those serving a referral) add notes and
/// assess risk; a supervisor of the lead approves its assistance plan; the coordinator's office
/// reviews pseudonymised and may reveal and link. The justice track (police and prosecution details) is for the case's
/// police, the lead and the coordinator's office only, not for every institution a referral reached. Administrators and meeting secretaries get nothing.
/// </summary>
public sealed class CaseAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CaseAccessFacts>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, CaseAccessFacts facts)
    {
        var user = context.User;
        if (user.IsInRole(Roles.Coordinator))
        {
            if (requirement == CaseOperations.Reveal || requirement == CaseOperations.Link || requirement == CaseOperations.ReadJustice)
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }

        if (!user.IsCaseStaff() || user.GetAgencyId() is not { } agency)
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
            nameof(CaseOperations.AddNote) or nameof(CaseOperations.Refer) or nameof(CaseOperations.AssessRisk)
                or nameof(CaseOperations.RecordChildPathway) => works,
            nameof(CaseOperations.ApprovePlan) => isLead && user.IsSupervisor(),
            nameof(CaseOperations.ReadJustice) or nameof(CaseOperations.RecordJustice) => isLead || isPolice,
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
