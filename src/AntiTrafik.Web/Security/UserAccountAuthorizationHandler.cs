using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>A user account as the authorization handler needs to see it.</summary>
public sealed record ManagedAccount(string UserId);

public static class AccountOperations
{
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
    public static readonly OperationAuthorizationRequirement Disable = new() { Name = nameof(Disable) };
}

/// <summary>
/// Decides per account: administrators manage accounts, but nobody disables their own account — the
/// portal must never be left without a way in.
/// </summary>
public sealed class UserAccountAuthorizationHandler
    : AuthorizationHandler<OperationAuthorizationRequirement, ManagedAccount>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, ManagedAccount account)
    {
        if (!context.User.IsInRole(Roles.Administrator))
        {
            return Task.CompletedTask;
        }

        var isSelf = string.Equals(context.User.FindFirstValue(PortalClaims.UserId), account.UserId, StringComparison.Ordinal);
        if (requirement == AccountOperations.Manage || (requirement == AccountOperations.Disable && !isSelf))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
