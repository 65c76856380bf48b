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
