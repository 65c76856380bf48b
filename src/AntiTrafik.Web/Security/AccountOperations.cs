using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>What may be asked of <see cref="UserAccountAuthorizationHandler"/> about one account.</summary>
public static class AccountOperations
{
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
    public static readonly OperationAuthorizationRequirement Disable = new() { Name = nameof(Disable) };

    /// <summary>Turning off the authenticator app, recovery codes and password of someone who lost their phone.</summary>
    public static readonly OperationAuthorizationRequirement ResetSignIn = new() { Name = nameof(ResetSignIn) };

    /// <summary>Giving the account another role or institution, and with it other cases to see.</summary>
    public static readonly OperationAuthorizationRequirement ChangeRoleOrInstitution = new() { Name = nameof(ChangeRoleOrInstitution) };
}
