using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Decides what a person may do to the meetings they see. The coordinator's office and meeting secretaries keep
/// the meetings: they schedule and edit them, write the minutes and decide what goes into the bulletin. An action
/// is updated by them or by its responsible agency's caseworkers (an administrator belongs to an agency too, but
/// does not act for it).
/// </summary>
public sealed class MeetingAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, MeetingAccessFacts>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, MeetingAccessFacts facts)
    {
        var user = context.User;
        var keeps = user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.MeetingSecretary);
        var allowed = requirement.Name switch
        {
            nameof(MeetingOperations.Edit) or nameof(MeetingOperations.DecidePublication) => keeps,
            nameof(MeetingOperations.UpdateAction) => keeps
                || (facts.ResponsibleAgencyId is { } responsible && user.IsCaseStaff() && user.GetAgencyId() == responsible),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
