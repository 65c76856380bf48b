using System.Net;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Administration;

/// <summary>Administration pages answer 403 to every role but Administrator, whatever the menu shows.</summary>
public sealed class AccessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> NonAdministrators => [Demo.Coordinator, Demo.PoliceTirana, Demo.ShelterTdb, Demo.Secretary];

    [Theory]
    [MemberData(nameof(NonAdministrators))]
    public async Task Other_roles_get_403_on_administration_pages(string email)
    {
        using var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(email);

        foreach (var url in new[] { "/Administration/Users", "/Administration/Users/Create", "/Agencies/Create", "/Agencies/Edit/1" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{email} got {(int)response.StatusCode} on {url}");
            Assert.Contains("Nuk keni akses", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_caseworker_cannot_create_a_user_by_posting_the_form_directly()
    {
        using var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(Demo.PoliceTirana);
        var agencyId = await Users.AgencyIdAsync(portal, "DVP-TIRANE");
        var email = $"intruder-{Guid.NewGuid():N}@antitrafik.test";

        var response = await client.SubmitAsync("/", "/Administration/Users/Create",
            [new("FullName", "Intruder"), new("Email", email), new("AgencyId", agencyId.ToString()), new("Role", "Administrator")]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task A_caseworker_cannot_edit_an_institution_by_posting_the_form_directly()
    {
        using var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(Demo.ShelterTdb);
        var agencyId = await Users.AgencyIdAsync(portal, "TDB");

        var response = await client.SubmitAsync("/", $"/Agencies/Edit/{agencyId}",
            [new("Name", "Renamed by a caseworker"), new("Code", "TDB"), new("Kind", "Shelter"), new("Version", "1"), new("IsActive", "true")]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var name = await portal.WithDbAsync(db => db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync());
        Assert.Equal("Të Ndryshëm dhe të Barabartë", name);
    }

    [Fact]
    public async Task The_administrator_opens_the_administration_pages()
    {
        using var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(Demo.Admin);

        var users = await client.GetPageAsync("/Administration/Users");
        Assert.Contains(Demo.Secretary, users);
        Assert.Contains("<html lang=\"sq\">", users);
        await client.GetPageAsync("/Agencies/Create");
    }

    [Fact]
    public async Task Every_signed_in_role_can_look_up_the_institutions_directory()
    {
        using var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(Demo.PoliceVlora);

        var html = await client.GetPageAsync("/Agencies?Search=Vatra");

        Assert.Contains("Vatra", html);
        Assert.DoesNotContain("/Agencies/Edit/", html);
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_page_in_Albanian()
    {
        using var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(Demo.Admin);

        var response = await client.GetAsync("/Agencies/Edit/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Faqja nuk u gjet", await response.Content.ReadAsStringAsync());
    }
}
