namespace AntiTrafik.Web.Security;

public static class Roles
{
    /// <summary>Users, agencies and reference data. Never victim data.</summary>
    public const string Administrator = nameof(Administrator);

    /// <summary>The National Anti-Trafficking Coordinator's office: reviews all cases, meetings, trainings, statistics.</summary>
    public const string Coordinator = nameof(Coordinator);

    /// <summary>Agency staff: their agency's cases and referrals.</summary>
    public const string Caseworker = nameof(Caseworker);

    /// <summary>
    /// The head of an institution's caseworkers: does everything a caseworker does, and approves the assistance plans
    /// and their reviews of the cases the institution leads.
    /// </summary>
    public const string Supervisor = nameof(Supervisor);

    /// <summary>Records meetings and their minutes.</summary>
    public const string MeetingSecretary = nameof(MeetingSecretary);

    public static IReadOnlyList<string> All { get; } = [Administrator, Coordinator, Supervisor, Caseworker, MeetingSecretary];

    /// <summary>The roles that work on an institution's cases and referrals.</summary>
    public static readonly string[] CaseStaff = [Caseworker, Supervisor];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
