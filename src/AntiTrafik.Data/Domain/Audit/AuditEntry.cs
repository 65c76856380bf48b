namespace AntiTrafik.Domain.Audit;

public enum AuditAction
{
    View = 1,
    Create = 2,
    Update = 3,
    StatusChange = 4,
    RevealIdentity = 5,
    Export = 6,
    SignInSucceeded = 7,
    SignInFailed = 8,
    Link = 9,
    VerifyTrail = 10,

    /// <summary>A reader was told that a record they may not see looks like the same person (never which one, nor where).</summary>
    DuplicateWarning = 11,

    /// <summary>A file was downloaded (a case's document: the entry names the case and the document, never the file's name).</summary>
    Download = 12,
}

/// <summary>
/// One line of the append-only audit trail: who, when, from where, what, on which record, which fields
/// (names only, never values). <see cref="Hash"/> is a keyed hash over this entry and the previous entry's
/// hash, so changing, removing or inserting a row breaks the chain from there on. Entries are numbered
/// without gaps (<see cref="Id"/> is assigned, not generated).
/// </summary>
public sealed class AuditEntry : IOperationalRecord
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public int? AgencyId { get; set; }
    public string? Role { get; set; }
    public string? IpAddress { get; set; }
    public AuditAction Action { get; set; }
    public string EntityType { get; set; } = string.Empty;
    public string? EntityId { get; set; }

    /// <summary>Comma-separated names of the fields changed, or a short non-personal note (e.g. a reveal's reason length).</summary>
    public string? Fields { get; set; }

    public string PreviousHash { get; set; } = string.Empty;
    public string Hash { get; set; } = string.Empty;

    /// <summary>The exact text the hash covers; any change to a stored column changes it.</summary>
    public string Canonical() => string.Join('|',
        Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        UserId, AgencyId?.ToString(System.Globalization.CultureInfo.InvariantCulture), Role, IpAddress,
        ((int)Action).ToString(System.Globalization.CultureInfo.InvariantCulture), EntityType, EntityId, Fields, PreviousHash);
}
