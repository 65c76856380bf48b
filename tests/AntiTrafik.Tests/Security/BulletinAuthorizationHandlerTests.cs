using System.Security.Claims;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace AntiTrafik.Tests.Security;

public sealed class BulletinAuthorizationHandlerTests
{
    private static ClaimsPrincipal Person(string role) => new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

    private static async Task<bool> MayEdit(ClaimsPrincipal user, bool issued)
    {
        var context = new AuthorizationHandlerContext([BulletinOperations.Edit], user, new BulletinAccessFacts(issued));
        await new BulletinAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task The_coordinators_office_edits_a_draft() =>
        Assert.True(await MayEdit(Person(Roles.Coordinator), issued: false));

    [Fact]
    public async Task Nobody_edits_an_issued_bulletin() =>
        Assert.False(await MayEdit(Person(Roles.Coordinator), issued: true));

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.MeetingSecretary)]
    public async Task Nobody_else_edits_a_bulletin(string role) =>
        Assert.False(await MayEdit(Person(role), issued: false));
}
