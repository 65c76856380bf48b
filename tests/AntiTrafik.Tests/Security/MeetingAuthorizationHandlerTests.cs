using System.Security.Claims;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Tests.Security;

public sealed class MeetingAuthorizationHandlerTests
{
    private const int Responsible = 7, Other = 8;

    private static ClaimsPrincipal Person(string role, int? agency = null) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, role), .. agency is { } a ? [new Claim(PortalClaims.AgencyId, a.ToString())] : Array.Empty<Claim>()], "test"));

    private static async Task<bool> Allowed(ClaimsPrincipal user, OperationAuthorizationRequirement operation, MeetingAccessFacts facts)
    {
        var context = new AuthorizationHandlerContext([operation], user, facts);
        await new MeetingAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.MeetingSecretary)]
    public async Task The_meetings_keepers_edit_decide_publication_and_update_any_action(string role)
    {
        Assert.True(await Allowed(Person(role), MeetingOperations.Edit, MeetingAccessFacts.Meeting));
        Assert.True(await Allowed(Person(role), MeetingOperations.DecidePublication, MeetingAccessFacts.Meeting));
        Assert.True(await Allowed(Person(role, Other), MeetingOperations.UpdateAction, MeetingAccessFacts.Action(Responsible)));
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Administrator)]
    public async Task Nobody_else_edits_a_meeting_or_decides_its_publication(string role)
    {
        Assert.False(await Allowed(Person(role, Responsible), MeetingOperations.Edit, MeetingAccessFacts.Meeting));
        Assert.False(await Allowed(Person(role, Responsible), MeetingOperations.DecidePublication, MeetingAccessFacts.Meeting));
    }

    [Fact]
    public async Task The_responsible_agencys_caseworker_updates_its_action_and_no_other()
    {
        Assert.True(await Allowed(Person(Roles.Caseworker, Responsible), MeetingOperations.UpdateAction, MeetingAccessFacts.Action(Responsible)));
        Assert.False(await Allowed(Person(Roles.Caseworker, Other), MeetingOperations.UpdateAction, MeetingAccessFacts.Action(Responsible)));
        Assert.False(await Allowed(Person(Roles.Caseworker), MeetingOperations.UpdateAction, MeetingAccessFacts.Action(Responsible)));
    }

    [Fact]
    public async Task An_administrator_of_the_responsible_agency_does_not_act_for_it() =>
        Assert.False(await Allowed(Person(Roles.Administrator, Responsible), MeetingOperations.UpdateAction, MeetingAccessFacts.Action(Responsible)));

    [Fact]
    public async Task A_caseworker_updates_no_action_without_its_responsible_agency() =>
        Assert.False(await Allowed(Person(Roles.Caseworker, Responsible), MeetingOperations.UpdateAction, MeetingAccessFacts.Meeting));
}
