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
}
