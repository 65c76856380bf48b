namespace AntiTrafik.Domain.Referrals;

public enum NotificationKind
{
    ReferralReceived = 1,
    ReferralAnswered = 2,
    ReferralOverdue = 3,
    LeadOffered = 4,

    /// <summary>A case was registered naming this institution for one side of the joint identification interview.</summary>
    JointInterviewRequested = 5,
}

/// <summary>An in-app message to an agency's people: a kind, a case number and a link. Never a name.</summary>
public sealed class Notification
{
    public long Id { get; set; }
    public int AgencyId { get; set; }
    public NotificationKind Kind { get; set; }
    public int CaseId { get; set; }
    public string CaseNumber { get; set; } = string.Empty;
    public int? ReferralId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
