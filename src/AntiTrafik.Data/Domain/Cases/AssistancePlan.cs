using AntiTrafik.Domain.Referrals;

namespace AntiTrafik.Domain.Cases;

/// <summary>The areas a person's needs are assessed in (HTCDS v2 plan areas, <c>spl_*</c>).</summary>
public enum NeedArea
{
    HousingAndShelter = 1,
    Health,
    PsychologicalSupport,
    LegalHelp,
    Education,
    VocationalTrainingAndEmployment,
    FamilyAndReintegration,
    Finances,
    Documents,
}

public enum NeedLevel
{
    NoNeed = 0,
    Low,
    Medium,
    High,
}

/// <summary>Where a plan or one of its reviews stands: written, sent to a supervisor, approved.</summary>
public enum ApprovalState
{
    Draft = 0,
    Submitted,
    Approved,
}

public enum GoalStatus
{
    Open = 0,
    Achieved,
    Dropped,
}

/// <summary>What a plan's rules refuse.</summary>
public enum PlanRule
{
    NoGoals = 1,
    NotSubmitted,
    OwnWork,
    NotApproved,
    ReviewWaiting,
    NoSuchReview,
}

public readonly record struct PlanRuleResult(PlanRule? Broken)
{
    public static PlanRuleResult Ok => new(null);
    public bool Succeeded => Broken is null;
    public static PlanRuleResult Refused(PlanRule rule) => new(rule);
}

/// <summary>One goal as the plan's form gives it: <paramref name="Id"/> null for a new goal.</summary>
public sealed record GoalInput(int? Id, NeedArea Area, SealedText Text, int ResponsibleAgencyId, DateOnly DueOn, ReferralServices Services, GoalStatus Status);

/// <summary>
/// The person's individual assistance and reintegration plan, written by the lead institution with them: needs by
/// area, goals with the services toward them, the institution responsible and a date, and reviews at set intervals.
/// The plan and each review count only once a supervisor of the lead institution other than their author approved
/// them; any change to an approved plan sends it back for approval. Free text is held encrypted.
/// </summary>
public sealed class AssistancePlan : IVersioned, IAuditable
{
    public const int DefaultReviewMonths = 3;

    public int Id { get; private set; }
    public int CaseId { get; private set; }

    /// <summary>The lead institution that wrote the plan.</summary>
    public int AgencyId { get; private set; }

    /// <summary>The plan was written with the person and they agree with it.</summary>
    public bool AgreedWithPerson { get; private set; }

    /// <summary>The person's own views and wishes, encrypted.</summary>
    public string? ProtectedPersonViews { get; private set; }

    public int ReviewEveryMonths { get; private set; } = DefaultReviewMonths;

    public ApprovalState State { get; private set; }
    public string? SubmittedById { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? ApprovedById { get; private set; }
    public DateTime? ApprovedAt { get; private set; }

    /// <summary>When the next review is due: set by the first approval, then by each approved review.</summary>
    public DateOnly? NextReviewDue { get; private set; }

    public List<PlanNeed> Needs { get; private set; } = [];
    public List<PlanGoal> Goals { get; private set; } = [];
    public List<PlanReview> Reviews { get; private set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    private AssistancePlan()
    {
    }

    public static AssistancePlan Start(int caseId, int agencyId) => new() { CaseId = caseId, AgencyId = agencyId };

    /// <summary>Writes the plan as the form gives it; an approved or submitted plan goes back to a draft.</summary>
    public void Write(int agencyId, bool agreedWithPerson, SealedText personViews, int reviewEveryMonths,
        IEnumerable<(NeedArea Area, NeedLevel Level, SealedText Note)> needs, IReadOnlyCollection<GoalInput> goals)
    {
        AgencyId = agencyId;
        AgreedWithPerson = agreedWithPerson;
        ProtectedPersonViews = personViews.Ciphertext;
        ReviewEveryMonths = reviewEveryMonths;
        foreach (var (area, level, note) in needs)
        {
            var need = Needs.FirstOrDefault(n => n.Area == area);
            if (need is null)
            {
                Needs.Add(need = new PlanNeed(area));
            }

            need.Set(level, note.Ciphertext);
        }

        var kept = goals.Where(g => g.Id is not null).Select(g => g.Id!.Value).ToHashSet();
        Goals.RemoveAll(g => !kept.Contains(g.Id));
        foreach (var input in goals)
        {
            var goal = input.Id is { } id ? Goals.First(g => g.Id == id) : null;
            if (goal is null)
            {
                Goals.Add(goal = new PlanGoal());
            }

            goal.Set(input);
        }

        BackToDraft();
    }

    public PlanRuleResult Submit(string userId, DateTime now)
    {
        if (Goals.Count == 0)
        {
            return PlanRuleResult.Refused(PlanRule.NoGoals);
        }

        State = ApprovalState.Submitted;
        SubmittedById = userId;
        SubmittedAt = now;
        return PlanRuleResult.Ok;
    }

    /// <summary>A supervisor approves the plan sent to them; its first approval sets the first review's date.</summary>
    public PlanRuleResult Approve(string supervisorId, DateTime now, DateOnly today)
    {
        if (State != ApprovalState.Submitted)
        {
            return PlanRuleResult.Refused(PlanRule.NotSubmitted);
        }

        if (supervisorId == SubmittedById)
        {
            return PlanRuleResult.Refused(PlanRule.OwnWork);
        }

        State = ApprovalState.Approved;
        ApprovedById = supervisorId;
        ApprovedAt = now;
        NextReviewDue ??= today.AddMonths(ReviewEveryMonths);
        return PlanRuleResult.Ok;
    }

    /// <summary>Records a review of an approved plan: its progress, and where each goal now stands.</summary>
    public PlanRuleResult Review(DateOnly reviewedOn, SealedText progress, IReadOnlyDictionary<int, GoalStatus> goalStatuses, string userId, DateTime now)
    {
        if (State != ApprovalState.Approved)
        {
            return PlanRuleResult.Refused(PlanRule.NotApproved);
        }

        if (Reviews.Any(r => r.State == ApprovalState.Submitted))
        {
            return PlanRuleResult.Refused(PlanRule.ReviewWaiting);
        }

        foreach (var goal in Goals)
        {
            if (goalStatuses.TryGetValue(goal.Id, out var status))
            {
                goal.Status = status;
            }
        }

        Reviews.Add(new PlanReview(Reviews.Count + 1, reviewedOn, progress.Ciphertext, userId, now));
        return PlanRuleResult.Ok;
    }

    /// <summary>A supervisor approves a review; the next review falls one interval after it.</summary>
    public PlanRuleResult ApproveReview(int number, string supervisorId, DateTime now)
    {
        var review = Reviews.FirstOrDefault(r => r.Number == number);
        if (review is null || review.State != ApprovalState.Submitted)
        {
            return PlanRuleResult.Refused(PlanRule.NoSuchReview);
        }

        if (review.WrittenById == supervisorId)
        {
            return PlanRuleResult.Refused(PlanRule.OwnWork);
        }

        review.Approve(supervisorId, now);
        NextReviewDue = review.ReviewedOn.AddMonths(ReviewEveryMonths);
        return PlanRuleResult.Ok;
    }

    private void BackToDraft()
    {
        State = ApprovalState.Draft;
        SubmittedById = null;
        SubmittedAt = null;
        ApprovedById = null;
        ApprovedAt = null;
    }
}

public sealed class PlanNeed
{
    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public NeedArea Area { get; private set; }
    public NeedLevel Level { get; private set; }

    /// <summary>Encrypted.</summary>
    public string? ProtectedNote { get; private set; }

    private PlanNeed()
    {
    }

    public PlanNeed(NeedArea area) => Area = area;

    public void Set(NeedLevel level, string? protectedNote)
    {
        Level = level;
        ProtectedNote = protectedNote;
    }
}

public sealed class PlanGoal
{
    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public NeedArea Area { get; private set; }

    /// <summary>The goal in words, encrypted.</summary>
    public string ProtectedText { get; private set; } = string.Empty;

    public int ResponsibleAgencyId { get; private set; }
    public Agency ResponsibleAgency { get; private set; } = null!;
    public DateOnly DueOn { get; private set; }

    /// <summary>The services toward the goal: those delivered under the case's referrals count toward it.</summary>
    public ReferralServices Services { get; private set; }

    public GoalStatus Status { get; set; }

    public void Set(GoalInput input)
    {
        Area = input.Area;
        ProtectedText = input.Text.Ciphertext ?? string.Empty;
        ResponsibleAgencyId = input.ResponsibleAgencyId;
        DueOn = input.DueOn;
        Services = input.Services;
        Status = input.Status;
    }
}

public sealed class PlanReview
{
    public int Id { get; private set; }
    public int PlanId { get; private set; }

    /// <summary>1 for the plan's first review.</summary>
    public int Number { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    /// <summary>The progress recorded, encrypted.</summary>
    public string? ProtectedProgress { get; private set; }

    public string WrittenById { get; private set; } = string.Empty;
    public DateTime WrittenAt { get; private set; }
    public ApprovalState State { get; private set; } = ApprovalState.Submitted;
    public string? ApprovedById { get; private set; }
    public DateTime? ApprovedAt { get; private set; }

    private PlanReview()
    {
    }

    public PlanReview(int number, DateOnly reviewedOn, string? protectedProgress, string writtenById, DateTime writtenAt)
    {
        Number = number;
        ReviewedOn = reviewedOn;
        ProtectedProgress = protectedProgress;
        WrittenById = writtenById;
        WrittenAt = writtenAt;
    }

    public void Approve(string supervisorId, DateTime now)
    {
        State = ApprovalState.Approved;
        ApprovedById = supervisorId;
        ApprovedAt = now;
    }
}
