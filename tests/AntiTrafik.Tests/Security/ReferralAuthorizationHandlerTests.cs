using System.Security.Claims;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Tests.Security;

public sealed class ReferralAuthorizationHandlerTests
{
    private const int Sender = 1, Receiver = 2, Other = 3;

    private static ClaimsPrincipal Person(string role, int? agency) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, role), .. agency is { } a ? [new Claim(PortalClaims.AgencyId, a.ToString())] : Array.Empty<Claim>()], "test"));

    private static async Task<bool> Allowed(ClaimsPrincipal user, OperationAuthorizationRequirement operation)
    {
        var context = new AuthorizationHandlerContext([operation], user, new ReferralAccessFacts(Sender, Receiver));
        await new ReferralAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task The_receiving_agencys_caseworker_answers_but_does_not_withdraw()
    {
        Assert.True(await Allowed(Person(Roles.Caseworker, Receiver), ReferralOperations.Answer));
        Assert.False(await Allowed(Person(Roles.Caseworker, Receiver), ReferralOperations.Withdraw));
    }

    [Fact]
    public async Task The_sending_agencys_caseworker_withdraws_but_does_not_answer()
    {
        Assert.True(await Allowed(Person(Roles.Caseworker, Sender), ReferralOperations.Withdraw));
        Assert.False(await Allowed(Person(Roles.Caseworker, Sender), ReferralOperations.Answer));
    }

    [Fact]
    public async Task A_caseworker_of_another_agency_does_neither()
    {
        Assert.False(await Allowed(Person(Roles.Caseworker, Other), ReferralOperations.Answer));
        Assert.False(await Allowed(Person(Roles.Caseworker, Other), ReferralOperations.Withdraw));
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.MeetingSecretary)]
    public async Task Nobody_but_caseworkers_acts_on_a_referral_even_with_the_agency(string role)
    {
        Assert.False(await Allowed(Person(role, Receiver), ReferralOperations.Answer));
        Assert.False(await Allowed(Person(role, Sender), ReferralOperations.Withdraw));
    }

    [Fact]
    public async Task A_caseworker_without_an_agency_does_neither()
    {
        Assert.False(await Allowed(Person(Roles.Caseworker, null), ReferralOperations.Answer));
        Assert.False(await Allowed(Person(Roles.Caseworker, null), ReferralOperations.Withdraw));
    }

    [Fact]
    public async Task An_operation_of_another_kind_of_record_is_refused() =>
        Assert.False(await Allowed(Person(Roles.Caseworker, Receiver), CaseOperations.Edit));
}
