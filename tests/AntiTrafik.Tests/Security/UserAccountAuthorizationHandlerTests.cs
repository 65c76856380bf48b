using System.Security.Claims;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace AntiTrafik.Tests.Security;

public sealed class UserAccountAuthorizationHandlerTests
{
    private static ClaimsPrincipal Person(string id, string role) =>
        new(new ClaimsIdentity([new Claim(PortalClaims.UserId, id), new Claim(ClaimTypes.Role, role)], "test"));

    private static async Task<bool> Allowed(ClaimsPrincipal user, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, string target)
    {
        var context = new AuthorizationHandlerContext([operation], user, new ManagedAccount(target));
        await new UserAccountAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task An_administrator_may_disable_someone_else() =>
        Assert.True(await Allowed(Person("a", Roles.Administrator), AccountOperations.Disable, "b"));

    [Fact]
    public async Task An_administrator_may_not_disable_their_own_account() =>
        Assert.False(await Allowed(Person("a", Roles.Administrator), AccountOperations.Disable, "a"));

    [Fact]
    public async Task An_administrator_may_reset_someone_elses_sign_in_but_not_their_own()
    {
        Assert.True(await Allowed(Person("a", Roles.Administrator), AccountOperations.ResetSignIn, "b"));
        Assert.False(await Allowed(Person("a", Roles.Administrator), AccountOperations.ResetSignIn, "a"));
    }

    [Fact]
    public async Task An_administrator_may_change_someone_elses_role_or_institution_but_not_their_own()
    {
        Assert.True(await Allowed(Person("a", Roles.Administrator), AccountOperations.ChangeRoleOrInstitution, "b"));
        Assert.False(await Allowed(Person("a", Roles.Administrator), AccountOperations.ChangeRoleOrInstitution, "a"));
    }

    [Fact]
    public async Task An_administrator_may_manage_their_own_account() =>
        Assert.True(await Allowed(Person("a", Roles.Administrator), AccountOperations.Manage, "a"));

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.MeetingSecretary)]
    public async Task Nobody_else_may_manage_or_disable_accounts(string role)
    {
        Assert.False(await Allowed(Person("a", role), AccountOperations.Manage, "b"));
        Assert.False(await Allowed(Person("a", role), AccountOperations.Disable, "b"));
        Assert.False(await Allowed(Person("a", role), AccountOperations.ResetSignIn, "b"));
        Assert.False(await Allowed(Person("a", role), AccountOperations.ChangeRoleOrInstitution, "b"));
    }
}
