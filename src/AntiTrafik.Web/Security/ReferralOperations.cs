using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>What may be asked of <see cref="ReferralAuthorizationHandler"/> about one referral.</summary>
public static class ReferralOperations
{
    /// <summary>Accept or decline it, record a service delivered, complete it: the receiving side's steps.</summary>
    public static readonly OperationAuthorizationRequirement Answer = new() { Name = nameof(Answer) };

    /// <summary>Take it back: the sending side's step.</summary>
    public static readonly OperationAuthorizationRequirement Withdraw = new() { Name = nameof(Withdraw) };
}
