using System.Security.Claims;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace AntiTrafik.Tests.Security;

public sealed class CaseDocumentAuthorizationHandlerTests
{
    private const int Lead = 1, Uploader = 2, Other = 3;

    private static ClaimsPrincipal Person(string role, int? agency) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, role), .. agency is { } a ? [new Claim(PortalClaims.AgencyId, a.ToString())] : Array.Empty<Claim>()], "test"));

    private static async Task<bool> MayRemove(ClaimsPrincipal user)
    {
        var context = new AuthorizationHandlerContext([CaseDocumentOperations.Remove], user, new CaseDocumentAccessFacts(Lead, Uploader));
        await new CaseDocumentAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task The_uploading_institution_and_the_lead_remove_a_document()
    {
        Assert.True(await MayRemove(Person(Roles.Caseworker, Uploader)));
        Assert.True(await MayRemove(Person(Roles.Caseworker, Lead)));
    }

    [Fact]
    public async Task Another_institution_working_on_the_case_does_not()
    {
        Assert.False(await MayRemove(Person(Roles.Caseworker, Other)));
        Assert.False(await MayRemove(Person(Roles.Caseworker, null)));
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.MeetingSecretary)]
    public async Task Nobody_but_caseworkers_removes_one_even_with_the_agency(string role)
    {
        Assert.False(await MayRemove(Person(role, Lead)));
        Assert.False(await MayRemove(Person(role, Uploader)));
    }
}
