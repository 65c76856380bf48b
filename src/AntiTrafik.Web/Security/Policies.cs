using Microsoft.AspNetCore.Authorization;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Every named policy of the portal, in one place, each named for what it guards. Controllers say
/// <c>[Authorize(Policies.X)]</c>; decisions about one record (this case, this meeting, this user) belong to the
/// resource handlers beside this file (<c>*AuthorizationHandler.cs</c>).
/// </summary>
public static class Policies
{
    /// <summary>Users, agencies and reference data.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>The case pages and the statistics drawn from the cases.</summary>
    public const string CaseWork = nameof(CaseWork);

    /// <summary>Registering a potential victim: an agency's caseworkers.</summary>
    public const string CaseRegistration = nameof(CaseRegistration);

    /// <summary>An agency's referral inbox and the steps taken on its referrals (answering, recording services, withdrawing).</summary>
    public const string ReferralInbox = nameof(ReferralInbox);

    /// <summary>An agency's notifications (referrals sent, answered, overdue).</summary>
    public const string Notifications = nameof(Notifications);

    /// <summary>The coordinator's office's own work: duplicates, escalation, audit trail, report packs, bulletins, trainings.</summary>
    public const string Coordination = nameof(Coordination);

    /// <summary>Scheduling and editing meetings and keeping their minutes.</summary>
    public const string MeetingRecordKeeping = nameof(MeetingRecordKeeping);

    /// <summary>Keeping a meeting, training or activity out of the information bulletin (or putting it back).</summary>
    public const string Publication = nameof(Publication);

    public static void Register(AuthorizationOptions options)
    {
        // Any page without its own rule still requires a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(CaseWork, p => p.RequireRole([.. Roles.CaseStaff, Roles.Coordinator]));
        options.AddPolicy(CaseRegistration, p => p.RequireRole(Roles.CaseStaff));
        options.AddPolicy(ReferralInbox, p => p.RequireRole(Roles.CaseStaff));
        options.AddPolicy(Notifications, p => p.RequireRole(Roles.CaseStaff));
        options.AddPolicy(Coordination, p => p.RequireRole(Roles.Coordinator));
        options.AddPolicy(MeetingRecordKeeping, p => p.RequireRole(Roles.Coordinator, Roles.MeetingSecretary));
        options.AddPolicy(Publication, p => p.RequireRole(Roles.Coordinator, Roles.MeetingSecretary));
    }
}
