using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Decides what a person may do to trainings and awareness activities, which everyone signed in reads: the
/// coordinator's office records them; it and the meeting secretaries decide what goes into the bulletin.
/// </summary>
public sealed class TrainingAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, TrainingAccessFacts>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, TrainingAccessFacts facts)
    {
        var user = context.User;
        var allowed = requirement.Name switch
        {
            nameof(TrainingOperations.Edit) => user.IsInRole(Roles.Coordinator),
            nameof(TrainingOperations.DecidePublication) => user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.MeetingSecretary),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
