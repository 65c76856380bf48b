using System.Security.Claims;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Tests.Security;

public sealed class CaseAuthorizationHandlerTests
{
    private const int Lead = 1, Police = 2, Social = 3, Serving = 4, Served = 5, Offered = 6, Other = 7;

    private static readonly CaseAccessFacts Facts = new(Lead, Police, Social, Offered, [Serving], [Served]);

    private static ClaimsPrincipal Person(string role, int? agency = null) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, role), .. agency is { } a ? [new Claim(PortalClaims.AgencyId, a.ToString())] : Array.Empty<Claim>()], "test"));

    private static async Task<bool> Allowed(ClaimsPrincipal user, OperationAuthorizationRequirement operation)
    {
        var context = new AuthorizationHandlerContext([operation], user, Facts);
        await new CaseAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task The_lead_agency_edits_closes_and_offers_the_lead()
    {
        Assert.True(await Allowed(Person(Roles.Caseworker, Lead), CaseOperations.Edit));
        Assert.True(await Allowed(Person(Roles.Caseworker, Lead), CaseOperations.CloseOrReopen));
        Assert.True(await Allowed(Person(Roles.Caseworker, Lead), CaseOperations.OfferLead));
        Assert.False(await Allowed(Person(Roles.Caseworker, Lead), CaseOperations.AssessAsPolice));
    }

    [Fact]
    public async Task Each_joint_interview_agency_assesses_its_own_side_only()
    {
        Assert.True(await Allowed(Person(Roles.Caseworker, Police), CaseOperations.AssessAsPolice));
        Assert.False(await Allowed(Person(Roles.Caseworker, Police), CaseOperations.AssessAsSocialService));
        Assert.True(await Allowed(Person(Roles.Caseworker, Social), CaseOperations.AssessAsSocialService));
        Assert.False(await Allowed(Person(Roles.Caseworker, Social), CaseOperations.Edit));
    }

    [Fact]
    public async Task A_serving_agency_adds_notes_and_refers_a_served_one_only_reads()
    {
        Assert.True(await Allowed(Person(Roles.Caseworker, Serving), CaseOperations.AddNote));
        Assert.True(await Allowed(Person(Roles.Caseworker, Serving), CaseOperations.Refer));
        Assert.True(await Allowed(Person(Roles.Caseworker, Served), CaseOperations.ReadIdentity));
        Assert.False(await Allowed(Person(Roles.Caseworker, Served), CaseOperations.AddNote));
    }

    [Fact]
    public async Task The_agency_offered_the_lead_answers_the_offer_and_reads()
    {
        Assert.True(await Allowed(Person(Roles.Caseworker, Offered), CaseOperations.AnswerLeadOffer));
        Assert.True(await Allowed(Person(Roles.Caseworker, Offered), CaseOperations.ReadIdentity));
        Assert.False(await Allowed(Person(Roles.Caseworker, Lead), CaseOperations.AnswerLeadOffer));
        Assert.False(await Allowed(Person(Roles.Caseworker, Offered), CaseOperations.Edit));
    }

    [Fact]
    public async Task Another_agency_gets_nothing() =>
        Assert.False(await Allowed(Person(Roles.Caseworker, Other), CaseOperations.ReadIdentity));

    [Fact]
    public async Task The_coordinators_office_reveals_and_links_but_does_not_read_or_edit()
    {
        Assert.True(await Allowed(Person(Roles.Coordinator), CaseOperations.Reveal));
        Assert.True(await Allowed(Person(Roles.Coordinator), CaseOperations.Link));
        Assert.False(await Allowed(Person(Roles.Coordinator), CaseOperations.ReadIdentity));
        Assert.False(await Allowed(Person(Roles.Coordinator), CaseOperations.Edit));
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.MeetingSecretary)]
    public async Task Administrators_and_secretaries_get_nothing_even_of_the_lead_agency(string role)
    {
        Assert.False(await Allowed(Person(role, Lead), CaseOperations.ReadIdentity));
        Assert.False(await Allowed(Person(role, Lead), CaseOperations.Edit));
    }
}
