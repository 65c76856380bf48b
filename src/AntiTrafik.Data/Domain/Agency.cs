namespace AntiTrafik.Domain;

public enum AgencyKind
{
    Police = 1,
    SocialService = 2,
    ChildProtection = 3,
    Shelter = 4,
    Ngo = 5,
    InternationalOrganisation = 6,
    Ministry = 7,
    CoordinatorOffice = 8,
    Inspectorate = 9,
    Prosecution = 10,
    LocalGovernment = 11,
    Other = 99,
}

/// <summary>
/// An institution of the National Referral Mechanism. Every user belongs to exactly one; later features
/// scope cases and referrals by it.
/// </summary>
public sealed class Agency : IVersioned, IAuditable
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 200;
    public const int AbbreviationMaxLength = 32;

    public int Id { get; set; }

    /// <summary>Stable short code (e.g. <c>DVP-TIR</c>) that seeding and imports match on.</summary>
    public required string Code { get; set; }

    /// <summary>Official name in Albanian.</summary>
    public required string Name { get; set; }

    public string? Abbreviation { get; set; }
    public AgencyKind Kind { get; set; }

    /// <summary>The county it serves; null for national institutions.</summary>
    public int? CountyId { get; set; }
    public County? County { get; set; }

    /// <summary>An inactive agency keeps its history but gets no new users.</summary>
    public bool IsActive { get; set; } = true;

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
}
