namespace AntiTrafik.Domain.Cases;

/// <summary>The offence charged, by the articles of Albania's Criminal Code that the national reports count.</summary>
public enum Charge
{
    /// <summary>Art. 110/a: trafficking of adults.</summary>
    TraffickingOfAdults = 1,

    /// <summary>Art. 128/b: trafficking of children.</summary>
    TraffickingOfChildren,

    /// <summary>Art. 114: exploitation of prostitution (the usual lesser offence a trafficking charge is re-qualified to).</summary>
    ExploitationOfProstitution,

    /// <summary>Art. 124/b: maltreatment of a minor, and other lesser offences.</summary>
    OtherOffence,
}

public enum ProceedingStage
{
    ReportedToPolice = 1,
    Investigation,
    Prosecution,
    Trial,
    Appeal,
    Closed,
}

public enum ProceedingOutcome
{
    Pending = 0,
    Convicted,
    Acquitted,
    Dismissed,
}

/// <summary>The person's part in the proceedings (HTCDS v2 case roles).</summary>
public enum ProceedingRole
{
    InjuredParty = 1,
    Witness,
    InjuredPartyAndWitness,
}

[Flags]
public enum ProtectionMeasures
{
    None = 0,
    WitnessProtectionProgramme = 1,
    AnonymousTestimony = 2,
    TestimonyByVideo = 4,
    PoliceProtection = 8,
    ClosedHearing = 16,
}

public enum CompensationSource
{
    Trafficker = 1,
    StateFund,
}

public enum NonPunishmentOutcome
{
    Pending = 0,
    NotProsecuted,
    Dropped,
    Acquitted,
    Convicted,
}

/// <summary>
/// Criminal proceedings in which the person is an injured party or a witness: from the report to the police through
/// the prosecution office and the court, with the charge (and whether it stayed under the trafficking articles or was
/// re-qualified to a lesser offence), protection measures, hearings, outcome and sentence. The numbers of the police,
/// prosecution and court files are held encrypted: with a date they could find the person.
/// </summary>
public sealed class Proceeding : IVersioned, IAuditable
{
    public int Id { get; private set; }
    public int CaseId { get; private set; }

    public DateOnly ReportedOn { get; set; }
    public string? ProtectedPoliceFile { get; set; }
    public string? ProsecutionOffice { get; set; }
    public string? ProtectedProsecutionFile { get; set; }
    public string? Court { get; set; }
    public string? ProtectedCourtFile { get; set; }

    public Charge Charge { get; set; }

    /// <summary>The charge the proceedings ended under, when it was re-qualified (null: it stayed as charged).</summary>
    public Charge? RequalifiedTo { get; set; }

    public ProceedingRole Role { get; set; }
    public ProtectionMeasures Protection { get; set; }
    public ProceedingStage Stage { get; set; }
    public ProceedingOutcome Outcome { get; set; }

    /// <summary>The sentence given, in months of imprisonment.</summary>
    public int? SentenceMonths { get; set; }

    public int RecordedByAgencyId { get; set; }

    public List<Hearing> Hearings { get; private set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    private Proceeding()
    {
    }

    public static Proceeding For(int caseId, int agencyId) => new() { CaseId = caseId, RecordedByAgencyId = agencyId };

    /// <summary>Re-qualified away from the trafficking articles: what GRETA and the TIP reports ask about.</summary>
    public bool LeftTheTraffickingArticles =>
        Charge is Charge.TraffickingOfAdults or Charge.TraffickingOfChildren
        && RequalifiedTo is { } to && to is not (Charge.TraffickingOfAdults or Charge.TraffickingOfChildren);
}

public sealed class Hearing
{
    public int Id { get; private set; }
    public int ProceedingId { get; private set; }
    public DateOnly On { get; private set; }

    /// <summary>What happened, encrypted.</summary>
    public string? ProtectedNote { get; private set; }

    private Hearing()
    {
    }

    public Hearing(DateOnly on, string? protectedNote)
    {
        On = on;
        ProtectedNote = protectedNote;
    }
}

/// <summary>Compensation the person claimed: what was awarded and what was paid, and by whom (the trafficker or the state fund).</summary>
public sealed class Compensation : IAuditable
{
    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public CompensationSource Source { get; set; }
    public DateOnly ClaimedOn { get; set; }

    /// <summary>Amounts in lek.</summary>
    public decimal AmountClaimed { get; set; }

    public decimal? AmountAwarded { get; set; }
    public decimal? AmountPaid { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    private Compensation()
    {
    }

    public static Compensation Claimed(int caseId) => new() { CaseId = caseId };
}

/// <summary>
/// An offence the person was charged with as a consequence of being trafficked (the non-punishment principle), and what
/// became of it. The offence is described in words, encrypted.
/// </summary>
public sealed class NonPunishment : IAuditable
{
    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public string ProtectedOffence { get; set; } = string.Empty;
    public DateOnly ChargedOn { get; set; }
    public NonPunishmentOutcome Outcome { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    private NonPunishment()
    {
    }

    public static NonPunishment Recorded(int caseId) => new() { CaseId = caseId };
}
