using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Decides per account: administrators manage accounts, but nobody disables their own account, resets their
/// own sign-in or changes their own role or institution — the portal must never be left without a way in, a
/// stolen session must not be able to swap the administrator's own second step for the thief's, and no
/// administrator makes themselves a caseworker or coordinator to read cases.
/// </summary>
public sealed class UserAccountAuthorizationHandler
    : AuthorizationHandler<OperationAuthorizationRequirement, ManagedAccount>
{
    private static readonly OperationAuthorizationRequirement[] NotOnOneself =
        [AccountOperations.Disable, AccountOperations.ResetSignIn, AccountOperations.ChangeRoleOrInstitution];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, ManagedAccount account)
    {
        if (!context.User.IsInRole(Roles.Administrator))
        {
            return Task.CompletedTask;
        }

        var isSelf = string.Equals(context.User.FindFirstValue(PortalClaims.UserId), account.UserId, StringComparison.Ordinal);
        if (requirement == AccountOperations.Manage || (!isSelf && NotOnOneself.Contains(requirement)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
