namespace AntiTrafik.Domain.Meetings;

public enum MeetingKind
{
    Mkr = 1,
    ResponsibleAuthority = 2,
    RegionalCommittee = 3,
    TechnicalTable = 4,
    InformationMeeting = 5,
    OtherCoordination = 6,
}

public enum MeetingState
{
    Planned = 1,
    Held = 2,
    Circulated = 3,
    Approved = 4,
}

public enum ActionState
{
    Open = 1,
    Done = 2,
    Dropped = 3,
}

public enum MeetingRule
{
    TransitionNotAllowed = 1,
    ApprovedMinutesAreLocked,
    AmendmentNeedsReason,
}

public readonly record struct MeetingResult(MeetingRule? Broken)
{
    public static MeetingResult Ok => new(null);
    public bool Succeeded => Broken is null;
    public static MeetingResult Refused(MeetingRule rule) => new(rule);
}

/// <summary>
/// A meeting of an NRM body and its minutes. Planned → Held (minutes in draft) → Circulated → Approved;
/// approved minutes are locked, and any later correction is an amendment with its reason, kept in the history.
/// </summary>
public sealed class Meeting : IVersioned, IAuditable
{
    public const int TitleMaxLength = 300;

    public int Id { get; private set; }
    public string Title { get; set; } = string.Empty;
    public MeetingKind Kind { get; set; }

    /// <summary>UTC; shown and typed in Albania's time.</summary>
    public DateTime StartsAt { get; set; }
    public int? CountyId { get; set; }
    public County? County { get; set; }
    public string? City { get; set; }
    public string? Venue { get; set; }
    public int? OrganiserAgencyId { get; set; }
    public Agency? OrganiserAgency { get; set; }
    public string? Partners { get; set; }
    public string? Chair { get; set; }

    /// <summary>Where only a number is known ("rreth 45 persona").</summary>
    public int? HeadCount { get; set; }
    public MeetingState State { get; private set; } = MeetingState.Planned;

    /// <summary>Kept out of the information bulletin.</summary>
    public bool NotForPublication { get; set; }
    public DateTime? ApprovedAt { get; private set; }

    public List<AgendaItem> Agenda { get; private set; } = [];
    public List<MeetingAttendance> Agencies { get; private set; } = [];
    public List<Participant> Participants { get; private set; } = [];
    public List<ActionItem> Actions { get; private set; } = [];
    public List<MeetingCaseLink> CaseLinks { get; private set; } = [];
    public List<MeetingAmendment> Amendments { get; private set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    public bool IsLocked => State == MeetingState.Approved;

    /// <summary>
    /// Asks before any change to the meeting or its minutes: free while not approved; once approved, only as
    /// an amendment with a reason, which is recorded with what it changed.
    /// </summary>
    public MeetingResult AllowChange(string? amendmentReason, string changes, string userId, DateTime now)
    {
        if (!IsLocked)
        {
            return MeetingResult.Ok;
        }

        if (string.IsNullOrWhiteSpace(amendmentReason))
        {
            return MeetingResult.Refused(MeetingRule.ApprovedMinutesAreLocked);
        }

        Amendments.Add(new MeetingAmendment { Reason = amendmentReason.Trim(), Changes = changes, UserId = userId, At = now });
        return MeetingResult.Ok;
    }

    private static readonly (MeetingState From, MeetingState To)[] Transitions =
    [
        (MeetingState.Planned, MeetingState.Held),
        (MeetingState.Held, MeetingState.Circulated),
        (MeetingState.Circulated, MeetingState.Held),
        (MeetingState.Circulated, MeetingState.Approved),
    ];

    /// <summary>The states this meeting may move to now.</summary>
    public IEnumerable<MeetingState> AllowedNext() => Transitions.Where(t => t.From == State).Select(t => t.To);

    public MeetingResult MoveTo(MeetingState next, DateTime now)
    {
        if (!AllowedNext().Contains(next))
        {
            return MeetingResult.Refused(MeetingRule.TransitionNotAllowed);
        }

        State = next;
        ApprovedAt = next == MeetingState.Approved ? now : null;
        return MeetingResult.Ok;
    }

    /// <summary>Meetings of the same body: the same kind, in the same county (or both national).</summary>
    public bool IsSameBodyAs(Meeting other) => Kind == other.Kind && CountyId == other.CountyId;
}

public sealed class AgendaItem
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int Order { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? Minutes { get; set; }
    public string? Decisions { get; set; }
}

public sealed class MeetingAttendance
{
    public int MeetingId { get; set; }
    public int AgencyId { get; set; }
    public Agency Agency { get; set; } = null!;
}

/// <summary>A named participant, with or without an account (a deputy minister, an embassy's representative).</summary>
public sealed class Participant
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Function { get; set; }
    public string? Institution { get; set; }

    /// <summary>
    /// A public official (a minister, a prefect, a director) is named in what is printed and published; anyone else
    /// (a caseworker, a social worker) only by function and institution.
    /// </summary>
    public bool IsPublicOfficial { get; set; }

    /// <summary>
    /// How the bulletin names the participant: "Zëvendësministre Ardiana Jaku" for a public official, otherwise only
    /// "punonjëse sociale (DRSHSSH Tiranë)"; null when nothing but the name is known of someone who is not.
    /// </summary>
    public string? PublicDescription() => (IsPublicOfficial, Function, Institution) switch
    {
        (true, null, _) => Name,
        (true, { } function, _) => $"{function} {Name}",
        (false, { } function, { } institution) => $"{function} ({institution})",
        (false, { } function, null) => function,
        (false, null, { } institution) => institution,
        _ => null,
    };
}

/// <summary>What an agency must do after a meeting, by when. Open actions follow the body to its next meeting.</summary>
public sealed class ActionItem : IVersioned, IAuditable
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting Meeting { get; set; } = null!;
    public string Description { get; set; } = string.Empty;
    public int ResponsibleAgencyId { get; set; }
    public Agency ResponsibleAgency { get; set; } = null!;
    public DateOnly DueOn { get; set; }
    public ActionState State { get; set; } = ActionState.Open;
    public string? Note { get; set; }

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    public bool IsOverdue(DateOnly today) => State == ActionState.Open && DueOn < today;
}

/// <summary>A concrete case discussed by the Responsible Authority, with its decision (encrypted).</summary>
public sealed class MeetingCaseLink
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int CaseId { get; set; }
    public Cases.Case Case { get; set; } = null!;
    public string ProtectedDecision { get; set; } = string.Empty;
}

public sealed class MeetingAmendment
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public string Reason { get; set; } = string.Empty;

    /// <summary>What the amendment touched (parts of the minutes), not their contents.</summary>
    public string Changes { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;
    public DateTime At { get; set; }
}
