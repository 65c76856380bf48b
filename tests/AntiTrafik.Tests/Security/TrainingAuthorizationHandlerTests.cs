using System.Security.Claims;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Tests.Security;

public sealed class TrainingAuthorizationHandlerTests
{
    private static ClaimsPrincipal Person(string role) => new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

    private static async Task<bool> Allowed(ClaimsPrincipal user, OperationAuthorizationRequirement operation)
    {
        var context = new AuthorizationHandlerContext([operation], user, TrainingAccessFacts.Any);
        await new TrainingAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task The_coordinators_office_edits_and_decides_publication()
    {
        Assert.True(await Allowed(Person(Roles.Coordinator), TrainingOperations.Edit));
        Assert.True(await Allowed(Person(Roles.Coordinator), TrainingOperations.DecidePublication));
    }

    [Fact]
    public async Task A_meeting_secretary_decides_publication_but_does_not_edit()
    {
        Assert.True(await Allowed(Person(Roles.MeetingSecretary), TrainingOperations.DecidePublication));
        Assert.False(await Allowed(Person(Roles.MeetingSecretary), TrainingOperations.Edit));
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Caseworker)]
    public async Task Nobody_else_does_either(string role)
    {
        Assert.False(await Allowed(Person(role), TrainingOperations.Edit));
        Assert.False(await Allowed(Person(role), TrainingOperations.DecidePublication));
    }
}
