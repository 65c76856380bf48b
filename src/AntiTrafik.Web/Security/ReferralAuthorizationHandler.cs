using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Decides, per referral, which side a person acts for: the receiving agency's caseworkers answer it, the sending
/// agency's caseworkers withdraw it. Nobody else acts on a referral, the coordinator's office included. Whether the
/// referral's state allows the step is the referral's own rule (<c>Referral.Accept</c> and the others).
/// </summary>
public sealed class ReferralAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ReferralAccessFacts>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, ReferralAccessFacts facts)
    {
        if (!context.User.IsCaseStaff() || context.User.GetAgencyId() is not { } agency)
        {
            return Task.CompletedTask;
        }

        var allowed = requirement.Name switch
        {
            nameof(ReferralOperations.Answer) => agency == facts.ReceivingAgencyId,
            nameof(ReferralOperations.Withdraw) => agency == facts.SendingAgencyId,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
