namespace AntiTrafik.Domain.Cases;

public enum Sex
{
    Female = 1,
    Male = 2,
    Other = 3,
    Unknown = 9,
}

/// <summary>Forms of exploitation, as the CTDC/HTCDS standard counts them (several may apply).</summary>
[Flags]
public enum ExploitationForms
{
    None = 0,
    SexualExploitation = 1,
    ForcedLabour = 2,
    ForcedBegging = 4,
    ForcedCriminalActivity = 8,
    ForcedMarriage = 16,
    OrganRemoval = 32,
    SlaveryAndSimilarPractices = 64,
    Other = 128,
}

/// <summary>The sector of forced labour (CTDC's typeOfLabour), when forced labour applies.</summary>
public enum LabourSector
{
    Agriculture = 1,
    Construction = 2,
    DomesticWork = 3,
    Hospitality = 4,
    Manufacturing = 5,
    Fishing = 6,
    Other = 99,
}

/// <summary>Means of control (CTDC meansOfControl), several may apply.</summary>
[Flags]
public enum ControlMeans
{
    None = 0,
    DebtBondage = 1,
    TakesEarnings = 2,
    Threats = 4,
    PhysicalAbuse = 8,
    SexualAbuse = 16,
    PsychologicalAbuse = 32,
    WithheldDocuments = 64,
    RestrictedMovement = 128,
    ExcessiveWorkingHours = 256,
    PsychoactiveSubstances = 512,
    FalsePromises = 1024,
    Other = 2048,
}

public enum IdentificationChannel
{
    Police = 1,
    MobileUnit = 2,
    NgoOutreach = 3,
    LabourInspection = 4,
    Consulate = 5,
    Hotline = 6,
    SelfReferral = 7,
    Other = 99,
}

public enum CaseStatus
{
    /// <summary>VMT: pre-identified, under identification.</summary>
    PotentialVictim = 1,

    /// <summary>VT: both police and social service signed off.</summary>
    OfficialVictim = 2,

    NotAVictim = 3,
}

public enum ClosureReason
{
    Reintegrated = 1,
    ReturnedToCountryOfOrigin = 2,
    LostContact = 3,
    RefusedAssistance = 4,
    Deceased = 5,
    Other = 99,
}

/// <summary>The two sides of the joint interview.</summary>
public enum AssessingSide
{
    Police = 1,
    SocialService = 2,
}

public enum Finding
{
    Victim = 1,
    NotAVictim = 2,
}

public enum ConsentSubject
{
    Assistance = 1,
    DataSharing = 2,
}

public enum ConsentGiver
{
    Person = 1,
    Guardian = 2,
    ChildProtectionWorker = 3,
}

public enum AgeGroup
{
    Unknown = 0,
    Under12 = 1,
    From12To17 = 2,
    From18To24 = 3,
    From25To34 = 4,
    From35To49 = 5,
    From50 = 6,
}

public enum CaseEventKind
{
    Registered = 1,
    Updated = 2,
    Note = 3,
    ConsentRecorded = 4,
    AssessmentRecorded = 5,
    IdentifiedAsVictim = 6,
    FoundNotAVictim = 7,
    ReconsiderationOpened = 8,
    Closed = 9,
    Reopened = 10,
    LinkedAsSamePerson = 11,
    IdentityRevealed = 12,
    ReferralSent = 13,
    ReferralAccepted = 14,
    ReferralDeclined = 15,
    ReferralCompleted = 16,
    ReferralWithdrawn = 17,
    ServiceDelivered = 18,
    LeadOffered = 19,
    LeadAccepted = 20,
    LeadDeclined = 21,

    /// <summary>A Responsible Authority meeting recorded a decision on the case (the decision's text sealed with it).</summary>
    ResponsibleAuthorityDecision = 22,

    // The casework after identification (numbered apart, as other parts of it add their own kinds).
    PlanWritten = 30,
    PlanSubmitted = 31,
    PlanApproved = 32,
    PlanReviewed = 33,
    PlanReviewApproved = 34,
    RiskAssessed = 35,
}
