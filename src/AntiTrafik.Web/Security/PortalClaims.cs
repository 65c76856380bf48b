using System.Security.Claims;
using AntiTrafik.Domain;

namespace AntiTrafik.Web.Security;

public static class PortalClaims
{
    public const string UserId = ClaimTypes.NameIdentifier;
    public const string AgencyId = "antitrafik:agency_id";
    public const string AgencyName = "antitrafik:agency_name";
    public const string FullName = "antitrafik:full_name";

    public static int? GetAgencyId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AgencyId), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(FullName) ?? user.Identity?.Name ?? string.Empty;
}

/// <summary>The signed-in user, read from the request's claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(PortalClaims.UserId);
    public int? AgencyId => accessor.HttpContext?.User.GetAgencyId();
}
