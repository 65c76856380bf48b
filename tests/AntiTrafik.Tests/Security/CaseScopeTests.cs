using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Security;

public sealed class CaseScopeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("DVP-TIRANE")]
    [InlineData("SHSSH-TIRANE")]
    [InlineData("TDB")]
    [InlineData("ASHMDF")]
    [InlineData("DVP-VLORE")]
    [InlineData("MB")]
    public async Task Both_shapes_of_the_scope_select_exactly_the_same_cases(string agencyCode)
    {
        var agency = await Users.AgencyIdAsync(portal, agencyCode);
        var user = SeedPrincipal.For("someone", agency, Roles.Caseworker);

        var (few, many) = await portal.WithDbAsync(async db => (
            await db.Visible(user, CaseScopeShape.IdSets).Select(c => c.Id).OrderBy(id => id).ToListAsync(),
            await db.Visible(user, CaseScopeShape.PerCase).Select(c => c.Id).OrderBy(id => id).ToListAsync()));

        Assert.Equal(few, many);
        if (agencyCode != "MB")
        {
            Assert.NotEmpty(few);
        }
    }

    [Fact]
    public async Task The_newest_first_pages_hold_exactly_the_scope_in_order_without_repeats()
    {
        // Two cases each referred three times to one shelter must still come once each, in order, on their pages.
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var caseIds = new List<int>();
        foreach (var name in new[] { "Teuta", "Mirela" })
        {
            var caseId = await CaseForms.RegisterAsync(portal, police, name, "Shkalla" + Guid.NewGuid().ToString("N")[..6]);
            for (var i = 0; i < 3; i++)
            {
                await ReferralSteps.SentAsync(portal, police, caseId, "TDB", "Routine");
            }

            caseIds.Add(caseId);
        }

        var filters = new (string Name, Func<IQueryable<Case>, IQueryable<Case>> Filter)[]
        {
            ("all", cases => cases),
            ("open", cases => cases.Where(c => c.ClosedAt == null)),
            ("potential victims", cases => cases.Where(c => c.Status == CaseStatus.PotentialVictim)),
        };
        foreach (var code in new[] { "DVP-TIRANE", "SHSSH-TIRANE", "TDB", "ASHMDF", "DVP-VLORE", "MB" })
        {
            var agency = await Users.AgencyIdAsync(portal, code);
            var user = SeedPrincipal.For("someone", agency, Roles.Caseworker);
            foreach (var (name, filter) in filters)
            {
                foreach (var size in new[] { 1, 2, 5 })
                {
                    var (expected, paged) = await portal.WithDbAsync(async db =>
                    {
                        var all = await filter(db.Visible(user)).OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id)
                            .Select(c => c.Id).ToListAsync();
                        var pages = new List<int>();
                        for (var skip = 0; skip <= all.Count; skip += size)
                        {
                            pages.AddRange(await db.NewestVisiblePage(agency, filter, skip, size)
                                .OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id).Select(c => c.Id).ToListAsync());
                        }

                        return (all, pages);
                    });
                    Assert.True(expected.SequenceEqual(paged), $"{code}, {name}, pages of {size}: expected {string.Join(",", expected)}, got {string.Join(",", paged)}");
                }
            }
        }

        var shelter = await Users.AgencyIdAsync(portal, "TDB");
        var referredToShelter = await portal.WithDbAsync(db => db.Referrals.CountAsync(r => caseIds.Contains(r.CaseId) && r.ReceivingAgencyId == shelter && r.State == ReferralState.Sent));
        Assert.Equal(6, referredToShelter);
    }
}
