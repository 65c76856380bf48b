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
        int.TryParse(user.FindFirstValue(AgencyId), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string? GetUserId(this ClaimsPrincipal user) => user.FindFirstValue(UserId);

    /// <summary>The Coordinator's office and administrators hold the most: they must sign in with a second factor.</summary>
    public static bool RequiresSecondFactor(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Administrator);

    /// <summary>Signed in with an authenticator code or a recovery code (Identity marks such sign-ins "amr: mfa").</summary>
    public static bool SignedInWithSecondFactor(this ClaimsPrincipal user) =>
        user.HasClaim("amr", "mfa");

    /// <summary>Works on the institution's cases: a caseworker or a supervisor (<see cref="Roles.CaseStaff"/>).</summary>
    public static bool IsCaseStaff(this ClaimsPrincipal user) => Roles.CaseStaff.Any(user.IsInRole);

    /// <summary>Approves the assistance plans of the institution's cases.</summary>
    public static bool IsSupervisor(this ClaimsPrincipal user) => user.IsInRole(Roles.Supervisor);

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(FullName) ?? user.Identity?.Name ?? string.Empty;
}

/// <summary>The signed-in user, read from the request's claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(PortalClaims.UserId);
    public int? AgencyId => accessor.HttpContext?.User.GetAgencyId();
}
