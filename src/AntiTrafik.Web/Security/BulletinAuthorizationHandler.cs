using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Decides what a person may do to a bulletin they see: the coordinator's office prepares the drafts; an issued
/// bulletin is not changed by anyone.
/// </summary>
public sealed class BulletinAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, BulletinAccessFacts>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, BulletinAccessFacts facts)
    {
        if (requirement == BulletinOperations.Edit && !facts.IsIssued && context.User.IsInRole(Roles.Coordinator))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
