using Microsoft.AspNetCore.Authorization;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Every named policy of the portal, in one place. Controllers say <c>[Authorize(Policies.X)]</c>;
/// decisions about one record (this case, this user) belong to the resource handlers beside this file.
/// </summary>
public static class Policies
{
    public const string Administration = nameof(Administration);
    public const string CaseWork = nameof(CaseWork);
    public const string CaseRegistration = nameof(CaseRegistration);
    public const string Coordination = nameof(Coordination);
    public const string Meetings = nameof(Meetings);
    public const string Publication = nameof(Publication);

    public static void Register(AuthorizationOptions options)
    {
        // Any page without its own rule still requires a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(CaseWork, p => p.RequireRole(Roles.Caseworker, Roles.Coordinator));
        options.AddPolicy(CaseRegistration, p => p.RequireRole(Roles.Caseworker));
        options.AddPolicy(Coordination, p => p.RequireRole(Roles.Coordinator));
        options.AddPolicy(Meetings, p => p.RequireRole(Roles.Coordinator, Roles.MeetingSecretary));
        options.AddPolicy(Publication, p => p.RequireRole(Roles.Coordinator, Roles.MeetingSecretary));
    }
}
