namespace AntiTrafik.Domain.Cases;

/// <summary>
/// A victim or potential victim of trafficking, as one agency registered them. The person's identity is
/// held only as ciphertext (<see cref="ProtectedIdentity"/>) with keyed hashes for duplicate matching;
/// everything here is what the portal may count and filter on. State changes go through the methods
/// below, which keep the identification rules in one place.
/// </summary>
public sealed class Case : IVersioned, IAuditable
{
    public const int NumberMaxLength = 16;

    public int Id { get; private set; }

    /// <summary>Readable, unique and never reused: <c>AT-2026-00042</c>.</summary>
    public string Number { get; private set; } = string.Empty;

    public int RegisteringAgencyId { get; private set; }
    public Agency RegisteringAgency { get; private set; } = null!;
    public string RegisteredById { get; private set; } = string.Empty;
    public DateTime RegisteredAt { get; private set; }

    /// <summary>The agency responsible for the case: the registering one until the lead is handed over.</summary>
    public int LeadAgencyId { get; private set; }
    public Agency LeadAgency { get; private set; } = null!;

    /// <summary>An agency offered the lead, until it accepts or declines.</summary>
    public int? ProposedLeadAgencyId { get; private set; }

    /// <summary>Cases the coordinator linked as the same person share this key; national counts count keys.</summary>
    public Guid PersonKey { get; private set; } = Guid.NewGuid();

    // --- The person: identity protected, the rest plain for counting -----------------------------
    public string ProtectedIdentity { get; private set; } = string.Empty;
    public string Initials { get; private set; } = string.Empty;
    public string? PersonalNumberHash { get; private set; }
    public string NameHash { get; private set; } = string.Empty;
    public Sex Sex { get; set; }
    public DateOnly? DateOfBirth { get; private set; }
    public int? EstimatedAge { get; private set; }
    public int? AgeAtIdentification { get; private set; }
    public int? BirthYear { get; private set; }

    /// <summary>Under 18 on the day of identification: computed, never typed.</summary>
    public bool IsMinor { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Citizenship { get; set; } = "AL";
    public int? CountyId { get; set; }
    public County? County { get; set; }
    public int? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public string? Languages { get; set; }
    public string? Disabilities { get; set; }
    public int AccompanyingChildren { get; set; }

    // --- The trafficking facts (CTDC-compatible) -------------------------------------------------
    public ExploitationForms Forms { get; set; }
    public LabourSector? LabourSector { get; set; }
    public ControlMeans Means { get; set; }
    public bool IsCrossBorder { get; set; }

    /// <summary>Comma-separated ISO codes.</summary>
    public string? RecruitmentCountries { get; set; }
    public string? TransitCountries { get; set; }
    public string? ExploitationCountries { get; set; }
    public DateOnly IdentifiedOn { get; private set; }
    public string? PlaceOfIdentification { get; set; }
    public IdentificationChannel Channel { get; set; }
    public bool UnaccompaniedChild { get; set; }

    // --- Identification -------------------------------------------------------------------------
    public CaseStatus Status { get; private set; } = CaseStatus.PotentialVictim;

    /// <summary>1 for the first joint interview; each reconsideration opens the next round.</summary>
    public int IdentificationRound { get; private set; } = 1;
    public DateTime? StatusDecidedAt { get; private set; }

    /// <summary>The police and social-service agencies that hold the joint interview.</summary>
    public int PoliceAgencyId { get; private set; }
    public Agency PoliceAgency { get; private set; } = null!;
    public int SocialServiceAgencyId { get; private set; }
    public Agency SocialServiceAgency { get; private set; } = null!;

    // --- Closure ----------------------------------------------------------------------------------
    public DateTime? ClosedAt { get; private set; }
    public ClosureReason? ClosureReason { get; private set; }
    public bool IsClosed => ClosedAt is not null;

    public List<IdentificationAssessment> Assessments { get; private set; } = [];
    public List<CaseEvent> Events { get; private set; } = [];

    /// <summary>The blind index of the identity: keyed hashes of its name parts and numbers (<see cref="CaseSearchToken"/>).</summary>
    public List<CaseSearchToken> SearchTokens { get; private set; } = [];

    /// <summary>Which version of the blind index <see cref="SearchTokens"/> were made by (0: none yet); older ones are rebuilt.</summary>
    public int SearchIndexVersion { get; private set; }
    public List<ConsentRecord> Consents { get; private set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    private Case()
    {
    }

    public static Case Register(string number, int agencyId, string userId, DateTime now, int policeAgencyId, int socialServiceAgencyId)
    {
        var @case = new Case
        {
            Number = number,
            RegisteringAgencyId = agencyId,
            LeadAgencyId = agencyId,
            RegisteredById = userId,
            RegisteredAt = now,
            PoliceAgencyId = policeAgencyId,
            SocialServiceAgencyId = socialServiceAgencyId,
        };
        @case.Events.Add(CaseEvent.Of(CaseEventKind.Registered, userId, agencyId, now));
        return @case;
    }

    public void SetIdentity(ProtectedPerson person)
    {
        ProtectedIdentity = person.Ciphertext;
        Initials = person.Initials;
        PersonalNumberHash = person.PersonalNumberHash;
        NameHash = person.NameHash;
        // Only what changed: an edit that keeps the name keeps its tokens.
        var wanted = new HashSet<string>(person.SearchTokens ?? [], StringComparer.Ordinal);
        SearchTokens.RemoveAll(t => !wanted.Remove(t.Token));
        SearchTokens.AddRange(wanted.Select(token => new CaseSearchToken(token)));
        SearchIndexVersion = person.SearchIndexVersion;
    }

    /// <summary>Date of birth or, when unknown, an estimated age on the day of identification.</summary>
    public void SetAgeFacts(DateOnly identifiedOn, DateOnly? dateOfBirth, int? estimatedAge)
    {
        IdentifiedOn = identifiedOn;
        DateOfBirth = dateOfBirth;
        EstimatedAge = dateOfBirth is null ? estimatedAge : null;
        AgeAtIdentification = dateOfBirth is { } dob ? Age.On(dob, identifiedOn) : EstimatedAge;
        BirthYear = dateOfBirth?.Year ?? (EstimatedAge is { } years ? identifiedOn.Year - years : null);
        IsMinor = AgeAtIdentification is < Age.Adult;
    }

    public void SetJointInterviewAgencies(int policeAgencyId, int socialServiceAgencyId)
    {
        PoliceAgencyId = policeAgencyId;
        SocialServiceAgencyId = socialServiceAgencyId;
    }

    public AgeGroup AgeGroup => Age.GroupOf(AgeAtIdentification);

    public void Touch(string userId, int agencyId, DateTime now) =>
        Events.Add(CaseEvent.Of(CaseEventKind.Updated, userId, agencyId, now));

    /// <summary>
    /// One side of the joint interview records its finding. The case becomes an official victim only when
    /// both sides found a victim in the same round; when both have recorded and either found otherwise,
    /// the case is "not a victim". A side may change its finding until both have recorded.
    /// </summary>
    public CaseRuleResult RecordAssessment(AssessingSide side, int agencyId, string userId, Finding finding, SealedText reasons, DateTime now)
    {
        if (IsClosed)
        {
            return CaseRuleResult.Refused(CaseRule.CaseIsClosed);
        }

        if (Status != CaseStatus.PotentialVictim)
        {
            return CaseRuleResult.Refused(CaseRule.IdentificationAlreadyDecided);
        }

        var expectedAgency = side == AssessingSide.Police ? PoliceAgencyId : SocialServiceAgencyId;
        if (agencyId != expectedAgency)
        {
            return CaseRuleResult.Refused(CaseRule.NotTheAssessingAgency);
        }

        if (reasons.IsEmpty)
        {
            return CaseRuleResult.Refused(CaseRule.ReasonRequired);
        }

        var current = Assessments.SingleOrDefault(a => a.Round == IdentificationRound && a.Side == side);
        if (current is not null)
        {
            Assessments.Remove(current);
        }

        Assessments.Add(new IdentificationAssessment(IdentificationRound, side, agencyId, userId, finding, reasons.Ciphertext!, now));
        Events.Add(CaseEvent.Of(CaseEventKind.AssessmentRecorded, userId, agencyId, now));

        var round = Assessments.Where(a => a.Round == IdentificationRound).ToList();
        if (round.Count == 2)
        {
            Status = round.All(a => a.Finding == Finding.Victim) ? CaseStatus.OfficialVictim : CaseStatus.NotAVictim;
            StatusDecidedAt = now;
            Events.Add(CaseEvent.Of(Status == CaseStatus.OfficialVictim ? CaseEventKind.IdentifiedAsVictim : CaseEventKind.FoundNotAVictim, userId, agencyId, now));
        }

        return CaseRuleResult.Ok;
    }

    /// <summary>Reopens identification after a decision; the earlier rounds and their reasons stay.</summary>
    public CaseRuleResult OpenReconsideration(string userId, int agencyId, SealedText reason, DateTime now)
    {
        if (IsClosed)
        {
            return CaseRuleResult.Refused(CaseRule.CaseIsClosed);
        }

        if (Status == CaseStatus.PotentialVictim)
        {
            return CaseRuleResult.Refused(CaseRule.IdentificationNotDecided);
        }

        if (reason.IsEmpty)
        {
            return CaseRuleResult.Refused(CaseRule.ReasonRequired);
        }

        Status = CaseStatus.PotentialVictim;
        StatusDecidedAt = null;
        IdentificationRound++;
        Events.Add(CaseEvent.Of(CaseEventKind.ReconsiderationOpened, userId, agencyId, now, reason));
        return CaseRuleResult.Ok;
    }

    public CaseRuleResult Close(ClosureReason reason, string userId, int agencyId, SealedText note, DateTime now)
    {
        if (IsClosed)
        {
            return CaseRuleResult.Refused(CaseRule.CaseIsClosed);
        }

        if (reason == Cases.ClosureReason.Other && note.IsEmpty)
        {
            return CaseRuleResult.Refused(CaseRule.ReasonRequired);
        }

        ClosedAt = now;
        ClosureReason = reason;
        Events.Add(CaseEvent.Of(CaseEventKind.Closed, userId, agencyId, now, note));
        return CaseRuleResult.Ok;
    }

    public CaseRuleResult Reopen(string userId, int agencyId, SealedText reason, DateTime now)
    {
        if (!IsClosed)
        {
            return CaseRuleResult.Refused(CaseRule.CaseIsOpen);
        }

        if (reason.IsEmpty)
        {
            return CaseRuleResult.Refused(CaseRule.ReasonRequired);
        }

        ClosedAt = null;
        ClosureReason = null;
        Events.Add(CaseEvent.Of(CaseEventKind.Reopened, userId, agencyId, now, reason));
        return CaseRuleResult.Ok;
    }

    /// <summary>Records consent or its withdrawal. For a child, the guardian or a child-protection worker gives it.</summary>
    public CaseRuleResult RecordConsent(ConsentSubject subject, bool given, ConsentGiver giver, string userId, int agencyId, DateTime now)
    {
        if (giver == ConsentGiver.Person && IsMinor)
        {
            return CaseRuleResult.Refused(CaseRule.ChildConsentNeedsGuardian);
        }

        Consents.Add(new ConsentRecord(subject, given, giver, userId, agencyId, now));
        Events.Add(CaseEvent.Of(CaseEventKind.ConsentRecorded, userId, agencyId, now));
        return CaseRuleResult.Ok;
    }

    /// <summary>The latest consent recorded for <paramref name="subject"/>, if any.</summary>
    public ConsentRecord? CurrentConsent(ConsentSubject subject) =>
        Consents.Where(c => c.Subject == subject).OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).FirstOrDefault();

    public CaseRuleResult AddNote(SealedText text, string userId, int agencyId, DateTime now)
    {
        if (text.IsEmpty)
        {
            return CaseRuleResult.Refused(CaseRule.ReasonRequired);
        }

        Events.Add(CaseEvent.Of(CaseEventKind.Note, userId, agencyId, now, text));
        return CaseRuleResult.Ok;
    }

    /// <summary>A step of the casework kept beside the case (its plan, a risk assessment) enters its timeline.</summary>
    public CaseRuleResult RecordCasework(CaseEventKind kind, string userId, int agencyId, DateTime now)
    {
        if (IsClosed)
        {
            return CaseRuleResult.Refused(CaseRule.CaseIsClosed);
        }

        Events.Add(CaseEvent.Of(kind, userId, agencyId, now));
        return CaseRuleResult.Ok;
    }

    /// <summary>The coordinator's office looked at the identity; the reason stays on the timeline.</summary>
    public CaseRuleResult RecordIdentityRevealed(SealedText reason, string userId, int agencyId, DateTime now)
    {
        if (reason.IsEmpty)
        {
            return CaseRuleResult.Refused(CaseRule.ReasonRequired);
        }

        Events.Add(CaseEvent.Of(CaseEventKind.IdentityRevealed, userId, agencyId, now, reason));
        return CaseRuleResult.Ok;
    }

    /// <summary>The lead agency offers the lead to another agency, which must accept it.</summary>
    /// <param name="agencyKind">The kind of the agency offering the lead (see <see cref="DataSharing"/>).</param>
    public CaseRuleResult OfferLead(int toAgencyId, AgencyKind agencyKind, string userId, int agencyId, DateTime now)
    {
        if (IsClosed)
        {
            return CaseRuleResult.Refused(CaseRule.CaseIsClosed);
        }

        if (agencyId != LeadAgencyId || toAgencyId == LeadAgencyId)
        {
            return CaseRuleResult.Refused(CaseRule.LeadOfferNotAllowed);
        }

        // The offered agency sees the whole case, identity included, as soon as it is offered.
        if (!DataSharing.Decide(IsMinor, CurrentConsent(ConsentSubject.DataSharing)?.Given, agencyKind).Allows())
        {
            return CaseRuleResult.Refused(CaseRule.LeadOfferNeedsConsent);
        }

        ProposedLeadAgencyId = toAgencyId;
        Events.Add(CaseEvent.Of(CaseEventKind.LeadOffered, userId, agencyId, now));
        return CaseRuleResult.Ok;
    }

    public CaseRuleResult AnswerLeadOffer(bool accept, string userId, int agencyId, DateTime now)
    {
        if (ProposedLeadAgencyId != agencyId)
        {
            return CaseRuleResult.Refused(CaseRule.NoLeadOffer);
        }

        if (accept)
        {
            LeadAgencyId = agencyId;
        }

        ProposedLeadAgencyId = null;
        Events.Add(CaseEvent.Of(accept ? CaseEventKind.LeadAccepted : CaseEventKind.LeadDeclined, userId, agencyId, now));
        return CaseRuleResult.Ok;
    }

    /// <summary>Referral events and delivered services on the case's timeline: its assistance history.</summary>
    public void RecordOnTimeline(CaseEventKind kind, string userId, int agencyId, DateTime now, SealedText text = default) =>
        Events.Add(CaseEvent.Of(kind, userId, agencyId, now, text));

    public void LinkAsSamePerson(Guid personKey, string userId, int agencyId, DateTime now)
    {
        PersonKey = personKey;
        Events.Add(CaseEvent.Of(CaseEventKind.LinkedAsSamePerson, userId, agencyId, now));
    }
}

public static class Age
{
    public const int Adult = 18;

    public static int On(DateOnly birth, DateOnly day)
    {
        var years = day.Year - birth.Year;
        return birth.AddYears(years) > day ? years - 1 : years;
    }

    public static AgeGroup GroupOf(int? age) => age switch
    {
        null => AgeGroup.Unknown,
        < 12 => AgeGroup.Under12,
        < 18 => AgeGroup.From12To17,
        < 25 => AgeGroup.From18To24,
        < 35 => AgeGroup.From25To34,
        < 50 => AgeGroup.From35To49,
        _ => AgeGroup.From50,
    };
}

/// <summary>
/// Free text that may name people (notes, reasons), already encrypted by the application's protector.
/// The domain only needs to know whether anything was written.
/// </summary>
public readonly record struct SealedText(string? Ciphertext)
{
    public bool IsEmpty => string.IsNullOrEmpty(Ciphertext);
}

/// <summary>The identity as stored: ciphertext, initials for the pseudonymised view, keyed hashes for matching.</summary>
/// <param name="SearchTokens">The identity's blind-index tokens (keyed hashes, never the words).</param>
/// <param name="SearchIndexVersion">The version of the blind index that made them.</param>
public sealed record ProtectedPerson(string Ciphertext, string Initials, string? PersonalNumberHash, string NameHash,
    IReadOnlyCollection<string>? SearchTokens = null, int SearchIndexVersion = 0);

/// <summary>
/// One entry of a case's blind index: a keyed hash of one normalised name part, personal number or phone number of
/// the person. A search hashes what was typed the same way and looks for equal tokens, so the database never holds,
/// and a search never decrypts, a name.
/// </summary>
public sealed class CaseSearchToken
{
    public const int TokenLength = 32;

    public long Id { get; private set; }
    public int CaseId { get; private set; }
    public string Token { get; private set; } = string.Empty;

    private CaseSearchToken()
    {
    }

    public CaseSearchToken(string token)
    {
        Token = token;
    }

    /// <summary>A token written beside its case without loading it (rebuilding the index).</summary>
    public CaseSearchToken(int caseId, string token)
    {
        CaseId = caseId;
        Token = token;
    }
}

public enum CaseRule
{
    CaseIsClosed = 1,
    CaseIsOpen,
    IdentificationAlreadyDecided,
    IdentificationNotDecided,
    NotTheAssessingAgency,
    ReasonRequired,
    ChildConsentNeedsGuardian,
    LeadOfferNotAllowed,
    NoLeadOffer,
    LeadOfferNeedsConsent,
}

public readonly record struct CaseRuleResult(CaseRule? Broken)
{
    public static CaseRuleResult Ok => new(null);
    public bool Succeeded => Broken is null;
    public static CaseRuleResult Refused(CaseRule rule) => new(rule);
}

public sealed class IdentificationAssessment
{
    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public int Round { get; private set; }
    public AssessingSide Side { get; private set; }
    public int AgencyId { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public Finding Finding { get; private set; }
    /// <summary>Encrypted.</summary>
    public string ProtectedReasons { get; private set; } = string.Empty;
    public DateTime RecordedAt { get; private set; }

    private IdentificationAssessment()
    {
    }

    public IdentificationAssessment(int round, AssessingSide side, int agencyId, string userId, Finding finding, string reasons, DateTime at)
    {
        Round = round;
        Side = side;
        AgencyId = agencyId;
        UserId = userId;
        Finding = finding;
        ProtectedReasons = reasons;
        RecordedAt = at;
    }
}

public sealed class ConsentRecord
{
    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public ConsentSubject Subject { get; private set; }
    public bool Given { get; private set; }
    public ConsentGiver GivenBy { get; private set; }
    public string RecordedById { get; private set; } = string.Empty;
    public int AgencyId { get; private set; }
    public DateTime RecordedAt { get; private set; }

    private ConsentRecord()
    {
    }

    public ConsentRecord(ConsentSubject subject, bool given, ConsentGiver givenBy, string recordedById, int agencyId, DateTime at)
    {
        Subject = subject;
        Given = given;
        GivenBy = givenBy;
        RecordedById = recordedById;
        AgencyId = agencyId;
        RecordedAt = at;
    }
}

/// <summary>One line of the case's timeline. A note's text is stored encrypted: notes may name people.</summary>
public sealed class CaseEvent
{
    public long Id { get; private set; }
    public int CaseId { get; private set; }
    public CaseEventKind Kind { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public int AgencyId { get; private set; }
    public DateTime At { get; private set; }

    /// <summary>The note or reason, encrypted; null for events without text.</summary>
    public string? ProtectedText { get; private set; }

    private CaseEvent()
    {
    }

    public static CaseEvent Of(CaseEventKind kind, string userId, int agencyId, DateTime at, SealedText text = default) =>
        new() { Kind = kind, UserId = userId, AgencyId = agencyId, At = at, ProtectedText = text.Ciphertext };
}

/// <summary>The last case number given out in a year; numbers are never reused.</summary>
public sealed class CaseNumberSequence
{
    public int Year { get; set; }
    public int Last { get; set; }
    public int Version { get; set; }

    /// <summary>
    /// Takes the year's next number (<c>AT-2026-00042</c>). The counter row's version is raised with it, so two
    /// registrations that read the same counter cannot both save the same number.
    /// </summary>
    public string TakeNext()
    {
        Last++;
        Version++;
        return $"AT-{Year}-{Last:D5}";
    }
}
