using System.Security.Claims;
using AntiTrafik.Web.Security;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>The signed-in person a seeder acts as, so demo data goes through the real use cases and their rules.</summary>
public static class SeedPrincipal
{
    public static ClaimsPrincipal For(string userId, int agencyId, string role) =>
        new(new ClaimsIdentity(
            [
                new Claim(PortalClaims.UserId, userId),
                new Claim(PortalClaims.AgencyId, agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Role, role),
            ], "demo-seed"));
}
