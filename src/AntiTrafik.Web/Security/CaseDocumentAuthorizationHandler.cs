using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Decides who may remove a document from a case: a caseworker of the institution that uploaded it, or of the case's
/// lead institution. Asked only after the case's own handler let the person read the case's documents
/// (<see cref="CaseOperations.ReadIdentity"/>), so an uploader that no longer works on the case removes nothing. The
/// coordinator's office, administrators and meeting secretaries never remove a document.
/// </summary>
public sealed class CaseDocumentAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CaseDocumentAccessFacts>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, CaseDocumentAccessFacts facts)
    {
        if (!context.User.IsInRole(Roles.Caseworker) || context.User.GetAgencyId() is not { } agency)
        {
            return Task.CompletedTask;
        }

        var allowed = requirement.Name switch
        {
            nameof(CaseDocumentOperations.Remove) => agency == facts.LeadAgencyId || agency == facts.UploadingAgencyId,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
