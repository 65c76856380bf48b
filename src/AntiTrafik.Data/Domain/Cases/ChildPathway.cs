namespace AntiTrafik.Domain.Cases;

public enum GuardianAppointer
{
    Court = 1,
    ChildProtectionUnit,
    Other,
}

public enum FamilyTracing
{
    NotStarted = 0,
    InProgress,
    FamilyFound,
    FamilyNotFound,
    NotInTheChildsInterest,
}

/// <summary>
/// A child's pathway beside the case: the guardian appointed (who, when, by whom), the best-interests assessment and
/// determination by the child-protection unit, family tracing, and the child's own views. Each step has a deadline
/// counted from the day of identification; the missing ones enter the lead institution's work queue. Names and the
/// child's words are encrypted.
/// </summary>
public sealed class ChildPathway : IVersioned, IAuditable
{
    /// <summary>Days from identification by which a guardian is appointed.</summary>
    public const int GuardianWithinDays = 3;

    /// <summary>Days from identification by which the child-protection unit assesses the child's best interests.</summary>
    public const int AssessmentWithinDays = 15;

    /// <summary>Days from identification by which the best interests are determined.</summary>
    public const int DeterminationWithinDays = 30;

    public int Id { get; private set; }
    public int CaseId { get; private set; }

    public string? ProtectedGuardianName { get; set; }
    public DateOnly? GuardianAppointedOn { get; set; }
    public GuardianAppointer? GuardianAppointedBy { get; set; }

    /// <summary>The child-protection unit that assesses and determines the child's best interests.</summary>
    public int? ChildProtectionUnitId { get; set; }

    public DateOnly? AssessedOn { get; set; }
    public DateOnly? DeterminedOn { get; set; }

    /// <summary>The determination, encrypted.</summary>
    public string? ProtectedDetermination { get; set; }

    public FamilyTracing FamilyTracing { get; set; }

    /// <summary>The child's own views, in their words, encrypted.</summary>
    public string? ProtectedChildViews { get; set; }

    public DateOnly? ChildHeardOn { get; set; }

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    private ChildPathway()
    {
    }

    public static ChildPathway For(int caseId) => new() { CaseId = caseId };

    /// <summary>The next step missing and its deadline, counted from <paramref name="identifiedOn"/>; null when all are done.</summary>
    public static (ChildStep Step, DateOnly Due)? NextStep(DateOnly identifiedOn, DateOnly? guardianAppointedOn, DateOnly? assessedOn, DateOnly? determinedOn) =>
        guardianAppointedOn is null ? (ChildStep.Guardian, identifiedOn.AddDays(GuardianWithinDays))
        : assessedOn is null ? (ChildStep.Assessment, identifiedOn.AddDays(AssessmentWithinDays))
        : determinedOn is null ? (ChildStep.Determination, identifiedOn.AddDays(DeterminationWithinDays))
        : null;
}

public enum ChildStep
{
    Guardian = 1,
    Assessment,
    Determination,
}
