using AntiTrafik.Domain;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Data;

public sealed class SeedingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_12_counties_and_61_municipalities_and_the_NRM_institutions_are_seeded()
    {
        var (counties, municipalities) = await portal.WithDbAsync(async db => (await db.Counties.CountAsync(), await db.Municipalities.CountAsync()));
        Assert.Equal(12, counties);
        Assert.Equal(61, municipalities);

        var kinds = await portal.WithDbAsync(db => db.Agencies.Select(a => a.Kind).Distinct().ToListAsync());
        Assert.Contains(AgencyKind.CoordinatorOffice, kinds);
        Assert.Contains(AgencyKind.Police, kinds);
        Assert.Contains(AgencyKind.Shelter, kinds);
        var tirana = await portal.WithDbAsync(db => db.Agencies.Where(a => a.Code == "DVP-TIRANE").Select(a => a.County!.Name).SingleAsync());
        Assert.Equal("Tiranë", tirana);
        Assert.Equal(61, await portal.WithDbAsync(db => db.Agencies.CountAsync(a => a.Code.StartsWith("NJMF-"))));
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_keeps_an_administrators_edits()
    {
        await portal.WithDbAsync(async db =>
        {
            var vatra = await db.Agencies.SingleAsync(a => a.Code == "VATRA");
            vatra.Abbreviation = "VTR";
            return await db.SaveChangesAsync();
        });
        var before = await portal.WithDbAsync(db => db.Agencies.CountAsync());

        await portal.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
            return await services.GetRequiredService<DemoSeeder>().SeedAsync();
        });

        Assert.Equal(before, await portal.WithDbAsync(db => db.Agencies.CountAsync()));
        Assert.Equal("VTR", await portal.WithDbAsync(db => db.Agencies.Where(a => a.Code == "VATRA").Select(a => a.Abbreviation).SingleAsync()));
        Assert.Equal(DemoSeeder.Accounts.Count, await portal.WithDbAsync(db => db.Users.CountAsync(u => u.Email!.EndsWith("@antitrafik.demo"))));
    }

    [Fact]
    public async Task The_invented_history_is_off_unless_asked_for_so_the_demo_data_stays_eight_records()
    {
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email!.EndsWith("@" + DemoHistory.StaffDomain))));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Bulletins.CountAsync()));
        Assert.True(await portal.WithDbAsync(db => db.Cases.CountAsync()) < 10);

        using var visitor = portal.CreatePortalClient();
        Assert.Contains("data-testid=\"demo-notice\"", await visitor.GetPageAsync("/Account/Login"));
    }

    [Fact]
    public async Task Every_demo_account_belongs_to_the_agency_and_role_the_brief_names()
    {
        var accounts = await portal.WithDbAsync(db => db.Users
            .Select(u => new { u.Email, Agency = u.Agency.Code, Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).Single() })
            .ToDictionaryAsync(u => u.Email!));

        Assert.Equal(("ZKKA", "Administrator"), (accounts[Demo.Admin].Agency, accounts[Demo.Admin].Role));
        Assert.Equal(("ZKKA", "Coordinator"), (accounts[Demo.Coordinator].Agency, accounts[Demo.Coordinator].Role));
        Assert.Equal(("DVP-TIRANE", "Caseworker"), (accounts[Demo.PoliceTirana].Agency, accounts[Demo.PoliceTirana].Role));
        Assert.Equal(("SHSSH-TIRANE", "Caseworker"), (accounts[Demo.SocialServiceTirana].Agency, accounts[Demo.SocialServiceTirana].Role));
        Assert.Equal(("TDB", "Caseworker"), (accounts[Demo.ShelterTdb].Agency, accounts[Demo.ShelterTdb].Role));
        Assert.Equal(("ASHMDF", "Caseworker"), (accounts[Demo.ChildRightsAgency].Agency, accounts[Demo.ChildRightsAgency].Role));
        Assert.Equal(("DVP-VLORE", "Caseworker"), (accounts[Demo.PoliceVlora].Agency, accounts[Demo.PoliceVlora].Role));
        Assert.Equal(("ZKKA", "MeetingSecretary"), (accounts[Demo.Secretary].Agency, accounts[Demo.Secretary].Role));
    }
}

public sealed class ProductionSeedingTests(ProductionPortalFactory portal) : IClassFixture<ProductionPortalFactory>
{
    [Fact]
    public async Task Production_never_seeds_demo_accounts_even_when_asked_to()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.SignInAsync(Demo.Admin);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([ProductionPortalFactory.FirstAdministrator], await portal.WithDbAsync(db => db.Users.Select(u => u.Email!).ToListAsync()));
        Assert.Equal(AntiTrafik.Web.Security.Roles.All.Count, await portal.WithDbAsync(db => db.Roles.CountAsync()));
        Assert.Equal(12, await portal.WithDbAsync(db => db.Counties.CountAsync()));
        Assert.DoesNotContain("demo-notice", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_new_production_database_gets_one_administrator_without_a_password_and_no_more_on_later_starts()
    {
        var admin = await portal.WithDbAsync(db => db.Users
            .Where(u => u.Email == ProductionPortalFactory.FirstAdministrator)
            .Select(u => new { u.PasswordHash, u.Agency.Code, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList() })
            .SingleAsync());
        Assert.Null(admin.PasswordHash);
        Assert.Equal("ZKKA", admin.Code);
        Assert.Equal(["Administrator"], admin.Roles);

        var again = await portal.WithScopeAsync(services => services.GetRequiredService<AdministratorBootstrap>().EnsureAsync());
        Assert.Null(again);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Users.CountAsync()));
    }
}
