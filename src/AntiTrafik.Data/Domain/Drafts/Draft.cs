namespace AntiTrafik.Domain.Drafts;

/// <summary>
/// What one person has typed, and not yet sent, in one long form: a registration, a case's edit, an assessment,
/// a meeting and its minutes, a bulletin. It belongs to its owner alone (found only by the owner's id), holds the
/// typed fields sealed like a case's identity, and goes when the form is sent, when the owner discards it, or
/// <see cref="Lifetime"/> after it was last saved.
/// </summary>
public sealed class Draft : IOperationalRecord
{
    public const int FormMaxLength = 40;

    /// <summary>A draft not saved again for this long is never shown and is deleted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>How many drafts one person may keep at once; more are refused, never made room for.</summary>
    public const int MaxPerOwner = 50;

    /// <summary>A random reference: a draft's address says nothing and cannot be guessed from another's.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string OwnerId { get; init; }

    /// <summary>Which form (a key of the portal's list of forms with drafts, never typed text).</summary>
    public required string Form { get; init; }

    /// <summary>The record the form changes (a case, a meeting, a bulletin), or 0 for a form that makes a new one.</summary>
    public int RecordId { get; init; }

    /// <summary>The typed fields, as JSON sealed with the personal-data protector.</summary>
    public required string ProtectedFields { get; set; }

    /// <summary>The version of the record the form was opened on, to say when the record changed since.</summary>
    public int? BaseVersion { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime SavedAt { get; set; }

    /// <summary>Drafts saved last before this moment are over.</summary>
    public static DateTime OldestKeptAt(DateTime now) => now - Lifetime;
}
