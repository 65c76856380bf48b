namespace AntiTrafik.Domain.Referrals;

public enum NotificationKind
{
    ReferralReceived = 1,
    ReferralAnswered = 2,
    ReferralOverdue = 3,
    LeadOffered = 4,

    /// <summary>A case was registered naming this institution for one side of the joint identification interview.</summary>
    JointInterviewRequested = 5,

    /// <summary>A meeting's minutes gave this institution an action.</summary>
    MeetingAction = 6,

    /// <summary>The Responsible Authority recorded a decision on a case this institution works on.</summary>
    ResponsibleAuthorityDecision = 7,
}

/// <summary>How a person wants to hear of their institution's notifications by e-mail (the portal always shows them).</summary>
public enum NotificationEmail
{
    /// <summary>One e-mail for each notification, when it happens.</summary>
    AtOnce = 0,

    /// <summary>One e-mail a day listing what came since the last one.</summary>
    DailyDigest = 1,

    None = 2,
}

/// <summary>
/// An in-app message to an agency's people: a kind, what it is about (a case, a meeting, or a case a meeting decided
/// on), a subject that names it without personal data (the case number or the meeting's title) and a link. Never a
/// name, never a decision's text.
/// </summary>
public sealed class Notification
{
    public const int SubjectMaxLength = 300;

    public long Id { get; set; }
    public int AgencyId { get; set; }
    public NotificationKind Kind { get; set; }
    public int? CaseId { get; set; }
    public int? MeetingId { get; set; }

    /// <summary>The case number, or the meeting's title when the notification is about a meeting only.</summary>
    public string Subject { get; set; } = string.Empty;
    public int? ReferralId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
