using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>What may be asked of <see cref="MeetingAuthorizationHandler"/> about a meeting or one of its actions.</summary>
public static class MeetingOperations
{
    /// <summary>Edit a meeting and keep its minutes: agenda, actions, linked cases, state.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>Keep a meeting out of the information bulletin, or put it back.</summary>
    public static readonly OperationAuthorizationRequirement DecidePublication = new() { Name = nameof(DecidePublication) };

    /// <summary>Report progress on an action (<see cref="MeetingAccessFacts.Action"/>).</summary>
    public static readonly OperationAuthorizationRequirement UpdateAction = new() { Name = nameof(UpdateAction) };
}
