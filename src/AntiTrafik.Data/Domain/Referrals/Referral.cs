using System.Linq.Expressions;
using AntiTrafik.Domain.Cases;

namespace AntiTrafik.Domain.Referrals;

[Flags]
public enum ReferralServices
{
    None = 0,
    ShelterAccommodation = 1,
    MedicalCare = 2,
    PsychologicalSupport = 4,
    LegalAid = 8,
    Education = 16,
    VocationalTraining = 32,
    EmploymentSupport = 64,
    ReintegrationSupport = 128,
    FamilyTracing = 256,
    VoluntaryReturn = 512,
    ChildProtectionAssessment = 1024,
    JointIdentificationInterview = 2048,
    Interpretation = 4096,
    Other = 8192,
}

public enum Urgency
{
    Emergency = 1,
    Urgent = 2,
    Routine = 3,
}

public enum ReferralState
{
    Sent = 1,
    Accepted = 2,
    Declined = 3,
    InProgress = 4,
    Completed = 5,
    Withdrawn = 6,
}

public enum ReferralRule
{
    TransitionNotAllowed = 1,
    OnlyTheReceiverMayAnswer,
    OnlyTheSenderMayWithdraw,
    ReasonRequired,
    OutcomeRequired,
    NoConsentToShare,
    ChildReferralNeedsChildProtectionOrPolice,
    ChildReferralNeedsGround,
    CannotReferToOwnAgency,
    CaseIsClosed,
    NoServiceChosen,
}

public readonly record struct ReferralResult(ReferralRule? Broken)
{
    public static ReferralResult Ok => new(null);
    public bool Succeeded => Broken is null;
    public static ReferralResult Refused(ReferralRule rule) => new(rule);
}

/// <summary>What the referral rule needs to know about the case and the sender when a referral is sent.</summary>
public sealed record ReferralContext(int CaseId, DateTime CaseRegisteredAt, bool CaseIsClosed, bool IsMinor, bool? ConsentToShare, int SendingAgencyId, AgencyKind SendingAgencyKind);

/// <summary>
/// One agency asks another to serve a case. The states and who may move between them are all here:
/// Sent → Accepted | Declined (reason) → In progress → Completed (outcome); the sender may Withdraw
/// (reason) before completion. Every change is kept with who, when and why.
/// </summary>
/// <summary>The next steps open to one agency: answer (accept or decline), work (record services, complete), withdraw.</summary>
public readonly record struct ReferralMoves(bool Answer, bool Work, bool Withdraw)
{
    public static ReferralMoves None => default;
}

public sealed class Referral : IVersioned, IAuditable
{
    private static readonly Dictionary<ReferralState, ReferralState[]> Allowed = new()
    {
        [ReferralState.Sent] = [ReferralState.Accepted, ReferralState.Declined, ReferralState.Withdrawn],
        [ReferralState.Accepted] = [ReferralState.InProgress, ReferralState.Completed, ReferralState.Withdrawn],
        [ReferralState.InProgress] = [ReferralState.Completed, ReferralState.Withdrawn],
        [ReferralState.Declined] = [],
        [ReferralState.Completed] = [],
        [ReferralState.Withdrawn] = [],
    };

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public Case Case { get; private set; } = null!;

    /// <summary>
    /// The case's registration time, copied when the referral is sent (it never changes): a receiver's cases can then
    /// be read newest first from an index on the referrals alone (<c>CaseScope.NewestVisiblePage</c>).
    /// </summary>
    public DateTime CaseRegisteredAt { get; private set; }
    public int SendingAgencyId { get; private set; }
    public Agency SendingAgency { get; private set; } = null!;
    public string SentById { get; private set; } = string.Empty;
    public int ReceivingAgencyId { get; private set; }
    public Agency ReceivingAgency { get; private set; } = null!;
    public ReferralServices Services { get; private set; }
    public Urgency Urgency { get; private set; }

    /// <summary>The note for the receiver, encrypted.</summary>
    public string? ProtectedNote { get; private set; }

    /// <summary>For a child referred without the guardian's consent: the best-interest ground, encrypted.</summary>
    public string? ProtectedGround { get; private set; }

    public ReferralState State { get; private set; } = ReferralState.Sent;
    public DateTime SentAt { get; private set; }

    /// <summary>When the receiver must have accepted or declined.</summary>
    public DateTime DueAt { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public DateTime? OverdueNotifiedAt { get; set; }

    public List<ReferralTransition> Transitions { get; private set; } = [];
    public List<ServiceDelivery> Deliveries { get; private set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    private Referral()
    {
    }

    /// <summary>Live referrals give the receiver the case; a completed one leaves read access.</summary>
    public static readonly ReferralState[] LiveStates = [ReferralState.Sent, ReferralState.Accepted, ReferralState.InProgress];

    public bool IsLive => LiveStates.Contains(State);

    /// <summary>
    /// The one rule for "overdue": sent, not yet answered, and past its deadline. <see cref="OverdueAt"/> is the same
    /// rule for queries, and <see cref="IsOverdue(ReferralState, DateTime, DateTime)"/> for rows already read.
    /// </summary>
    public bool IsOverdue(DateTime now) => IsOverdue(State, DueAt, now);

    public static bool IsOverdue(ReferralState state, DateTime dueAt, DateTime now) => state == ReferralState.Sent && dueAt < now;

    /// <summary>The overdue rule as a query condition (translated to SQL).</summary>
    public static Expression<Func<Referral, bool>> OverdueAt(DateTime now) => r => r.State == ReferralState.Sent && r.DueAt < now;

    public static ReferralResult Send(ReferralContext context, int receivingAgencyId, string userId, ReferralServices services,
        Urgency urgency, TimeSpan responseTime, SealedText note, SealedText ground, DateTime now, out Referral? referral)
    {
        referral = null;
        if (context.CaseIsClosed)
        {
            return ReferralResult.Refused(ReferralRule.CaseIsClosed);
        }

        if (receivingAgencyId == context.SendingAgencyId)
        {
            return ReferralResult.Refused(ReferralRule.CannotReferToOwnAgency);
        }

        if (services == ReferralServices.None)
        {
            return ReferralResult.Refused(ReferralRule.NoServiceChosen);
        }

        switch (DataSharing.Decide(context.IsMinor, context.ConsentToShare, context.SendingAgencyKind))
        {
            case SharingDecision.NoAgreement:
                return ReferralResult.Refused(ReferralRule.NoConsentToShare);
            case SharingDecision.ChildNeedsChildProtectionOrPolice:
                return ReferralResult.Refused(ReferralRule.ChildReferralNeedsChildProtectionOrPolice);
            case SharingDecision.ChildsBestInterest when ground.IsEmpty:
                // In the child's best interest, with the ground recorded.
                return ReferralResult.Refused(ReferralRule.ChildReferralNeedsGround);
        }

        referral = new Referral
        {
            CaseId = context.CaseId,
            CaseRegisteredAt = context.CaseRegisteredAt,
            SendingAgencyId = context.SendingAgencyId,
            SentById = userId,
            ReceivingAgencyId = receivingAgencyId,
            Services = services,
            Urgency = urgency,
            ProtectedNote = note.Ciphertext,
            ProtectedGround = ground.Ciphertext,
            SentAt = now,
            DueAt = now + responseTime,
        };
        referral.Transitions.Add(new ReferralTransition(null, ReferralState.Sent, userId, context.SendingAgencyId, now, default));
        return ReferralResult.Ok;
    }

    public ReferralResult Accept(int agencyId, string userId, DateTime now) =>
        Answer(ReferralState.Accepted, agencyId, userId, default, now);

    public ReferralResult Decline(int agencyId, string userId, SealedText reason, DateTime now) =>
        reason.IsEmpty ? ReferralResult.Refused(ReferralRule.ReasonRequired) : Answer(ReferralState.Declined, agencyId, userId, reason, now);

    public ReferralResult Start(int agencyId, string userId, DateTime now) =>
        Answer(ReferralState.InProgress, agencyId, userId, default, now);

    public ReferralResult Complete(int agencyId, string userId, SealedText outcome, DateTime now) =>
        outcome.IsEmpty ? ReferralResult.Refused(ReferralRule.OutcomeRequired) : Answer(ReferralState.Completed, agencyId, userId, outcome, now);

    public ReferralResult Withdraw(int agencyId, string userId, SealedText reason, DateTime now)
    {
        if (agencyId != SendingAgencyId)
        {
            return ReferralResult.Refused(ReferralRule.OnlyTheSenderMayWithdraw);
        }

        return reason.IsEmpty ? ReferralResult.Refused(ReferralRule.ReasonRequired) : Move(ReferralState.Withdrawn, agencyId, userId, reason, now);
    }

    /// <summary>The receiver records a service it delivered; the first one starts the work.</summary>
    public ReferralResult RecordService(int agencyId, string userId, ReferralServices service, DateOnly deliveredOn, SealedText note, DateTime now)
    {
        if (agencyId != ReceivingAgencyId)
        {
            return ReferralResult.Refused(ReferralRule.OnlyTheReceiverMayAnswer);
        }

        if (State is not (ReferralState.Accepted or ReferralState.InProgress))
        {
            return ReferralResult.Refused(ReferralRule.TransitionNotAllowed);
        }

        if (State == ReferralState.Accepted)
        {
            Move(ReferralState.InProgress, agencyId, userId, default, now);
        }

        Deliveries.Add(new ServiceDelivery(service, deliveredOn, note.Ciphertext, userId, agencyId, now));
        return ReferralResult.Ok;
    }

    public bool CanMoveTo(ReferralState next) => Allowed[State].Contains(next);

    /// <summary>What one agency may do next with this referral: the case page offers exactly these.</summary>
    public ReferralMoves MovesFor(int agencyId) => new(
        Answer: agencyId == ReceivingAgencyId && State == ReferralState.Sent,
        Work: agencyId == ReceivingAgencyId && State is ReferralState.Accepted or ReferralState.InProgress,
        Withdraw: agencyId == SendingAgencyId && IsLive);

    private ReferralResult Answer(ReferralState next, int agencyId, string userId, SealedText reason, DateTime now) =>
        agencyId != ReceivingAgencyId ? ReferralResult.Refused(ReferralRule.OnlyTheReceiverMayAnswer) : Move(next, agencyId, userId, reason, now);

    private ReferralResult Move(ReferralState next, int agencyId, string userId, SealedText reason, DateTime now)
    {
        if (!CanMoveTo(next))
        {
            return ReferralResult.Refused(ReferralRule.TransitionNotAllowed);
        }

        Transitions.Add(new ReferralTransition(State, next, userId, agencyId, now, reason));
        if (State == ReferralState.Sent && next is ReferralState.Accepted or ReferralState.Declined)
        {
            AnsweredAt = now;
        }

        State = next;
        if (next is ReferralState.Declined or ReferralState.Completed or ReferralState.Withdrawn)
        {
            ClosedAt = now;
        }

        return ReferralResult.Ok;
    }
}

public sealed class ReferralTransition
{
    public long Id { get; private set; }
    public int ReferralId { get; private set; }
    public ReferralState? From { get; private set; }
    public ReferralState To { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public int AgencyId { get; private set; }
    public DateTime At { get; private set; }
    public string? ProtectedReason { get; private set; }

    private ReferralTransition()
    {
    }

    public ReferralTransition(ReferralState? from, ReferralState to, string userId, int agencyId, DateTime at, SealedText reason)
    {
        From = from;
        To = to;
        UserId = userId;
        AgencyId = agencyId;
        At = at;
        ProtectedReason = reason.Ciphertext;
    }
}

public sealed class ServiceDelivery
{
    public long Id { get; private set; }
    public int ReferralId { get; private set; }
    public ReferralServices Service { get; private set; }
    public DateOnly DeliveredOn { get; private set; }
    public string? ProtectedNote { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public int AgencyId { get; private set; }
    public DateTime RecordedAt { get; private set; }

    private ServiceDelivery()
    {
    }

    public ServiceDelivery(ReferralServices service, DateOnly deliveredOn, string? protectedNote, string userId, int agencyId, DateTime at)
    {
        Service = service;
        DeliveredOn = deliveredOn;
        ProtectedNote = protectedNote;
        UserId = userId;
        AgencyId = agencyId;
        RecordedAt = at;
    }
}
