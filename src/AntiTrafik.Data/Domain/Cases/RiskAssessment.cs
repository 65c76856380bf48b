namespace AntiTrafik.Domain.Cases;

/// <summary>When a risk assessment is made: it is repeated at each of these moments.</summary>
public enum RiskOccasion
{
    AtIdentification = 1,
    BeforeReturnOrMove,
    BeforeClosing,
    Other,
}

public enum RiskLevel
{
    Low = 1,
    Medium,
    High,
}

/// <summary>
/// One structured assessment of the risks a person faces and how vulnerable they are, made at identification, before a
/// return or a move, and before closing. Each factor has its level; the assessment's level is the highest of them, so
/// one high risk is never averaged away. The safety plan and the assessor's reasons are encrypted. The case header
/// shows the latest assessment's level; the earlier ones are its history.
/// </summary>
public sealed class RiskAssessment : IAuditable
{
    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public RiskOccasion Occasion { get; private set; }
    public DateOnly AssessedOn { get; private set; }

    public RiskLevel ReTrafficking { get; private set; }
    public RiskLevel TraffickerThreats { get; private set; }
    public RiskLevel Health { get; private set; }
    public RiskLevel Family { get; private set; }

    /// <summary>The highest of the factors' levels.</summary>
    public RiskLevel Level { get; private set; }

    /// <summary>Encrypted.</summary>
    public string? ProtectedSafetyPlan { get; private set; }

    /// <summary>Encrypted.</summary>
    public string? ProtectedReasons { get; private set; }

    public int AgencyId { get; private set; }
    public string UserId { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    private RiskAssessment()
    {
    }

    public static RiskAssessment Record(int caseId, RiskOccasion occasion, DateOnly assessedOn,
        RiskLevel reTrafficking, RiskLevel traffickerThreats, RiskLevel health, RiskLevel family,
        SealedText safetyPlan, SealedText reasons, int agencyId, string userId) => new()
        {
            CaseId = caseId,
            Occasion = occasion,
            AssessedOn = assessedOn,
            ReTrafficking = reTrafficking,
            TraffickerThreats = traffickerThreats,
            Health = health,
            Family = family,
            Level = new[] { reTrafficking, traffickerThreats, health, family }.Max(),
            ProtectedSafetyPlan = safetyPlan.Ciphertext,
            ProtectedReasons = reasons.Ciphertext,
            AgencyId = agencyId,
            UserId = userId,
        };
}
