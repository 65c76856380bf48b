namespace AntiTrafik.Domain.Trainings;

public enum TrainingKind
{
    Training = 1,
    Workshop = 2,
    InformationSession = 3,
}

public enum ActivityState
{
    Planned = 1,
    Held = 2,
    Cancelled = 3,
}

/// <summary>Trainings under one goal with a target number of people, e.g. the 2016 local NRM round in the 12 counties.</summary>
public sealed class Programme : IVersioned, IAuditable
{
    public int Id { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? Goal { get; set; }
    public int TargetParticipants { get; set; }
    public List<Training> Trainings { get; set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
}

public sealed class Training : IVersioned, IAuditable
{
    public int Id { get; set; }
    public int? ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? Topic { get; set; }
    public TrainingKind Kind { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public int? CountyId { get; set; }
    public County? County { get; set; }
    public string? City { get; set; }
    public string? Venue { get; set; }
    public int? OrganiserAgencyId { get; set; }
    public Agency? OrganiserAgency { get; set; }
    public string? Partners { get; set; }
    public string? Funder { get; set; }
    public string? Project { get; set; }

    /// <summary>The kinds of agency the training is for, comma-separated <see cref="AgencyKind"/> names.</summary>
    public string? Audience { get; set; }
    public string? Trainers { get; set; }
    public string? Materials { get; set; }
    public ActivityState State { get; set; } = ActivityState.Planned;

    /// <summary>A short account for the bulletin.</summary>
    public string? Summary { get; set; }
    public bool NotForPublication { get; set; }

    public List<ParticipantCount> Counts { get; set; } = [];

    /// <summary>Files handed out at the training.</summary>
    public List<TrainingMaterial> MaterialFiles { get; set; } = [];
    public List<TrainingParticipant> Participants { get; set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    /// <summary>Everyone counted: the named participants and the numbers given per institution. Never typed.</summary>
    public int TotalParticipants => Participants.Count + Counts.Sum(c => c.Total);
}

/// <summary>How many came from one institution, by sex, where only numbers are known.</summary>
public sealed class ParticipantCount
{
    public int Id { get; set; }
    public int TrainingId { get; set; }
    public int? AgencyId { get; set; }
    public Agency? Agency { get; set; }

    /// <summary>For an institution not in the list (a school, a municipality's office).</summary>
    public string? Institution { get; set; }
    public int Women { get; set; }
    public int Men { get; set; }
    public int Unspecified { get; set; }
    public int Total => Women + Men + Unspecified;
}

public sealed class TrainingParticipant
{
    public int Id { get; set; }
    public int TrainingId { get; set; }
    public string? UserId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Function { get; set; }
    public string? Institution { get; set; }
}

/// <summary>A campaign or public event: "#UNË JAM SI TI!", UN GIFT BOX, Anti-Trafficking Month.</summary>
public sealed class AwarenessActivity : IVersioned, IAuditable
{
    public int Id { get; set; }
    public string Title { get; set; } = string.Empty;
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public int? CountyId { get; set; }
    public County? County { get; set; }
    public string? City { get; set; }
    public string? Venue { get; set; }
    public string? Organisers { get; set; }
    public string? Partners { get; set; }
    public int? AudienceReached { get; set; }
    public string? Description { get; set; }
    public bool NotForPublication { get; set; }

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
}

public enum BulletinState
{
    Draft = 1,
    Issued = 2,
}

public enum BulletinSource
{
    Meeting = 1,
    Training = 2,
    Activity = 3,
}

/// <summary>
/// The numbered information bulletin of a period. Its items are copies taken from the records when the
/// draft is assembled; once issued, nothing changes it — later edits to the records do not reach it.
/// </summary>
public sealed class Bulletin : IVersioned, IAuditable
{
    public int Id { get; set; }
    public int Number { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? Introduction { get; set; }
    public BulletinState State { get; private set; } = BulletinState.Draft;
    public DateTime? IssuedAt { get; private set; }
    public List<BulletinItem> Items { get; set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    public bool IsIssued => State == BulletinState.Issued;

    public bool Issue(DateTime now)
    {
        if (IsIssued)
        {
            return false;
        }

        State = BulletinState.Issued;
        IssuedAt = now;
        return true;
    }
}

public sealed class BulletinItem
{
    public int Id { get; set; }
    public int BulletinId { get; set; }
    public int Order { get; set; }
    public BulletinSource Source { get; set; }
    public int SourceId { get; set; }
    public DateOnly Date { get; set; }
    public DateOnly? DateTo { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? Place { get; set; }
    public string? Summary { get; set; }
    public string? Organisers { get; set; }
    public string? Participants { get; set; }
}
