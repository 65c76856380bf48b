namespace AntiTrafik.Domain.SignIns;

/// <summary>
/// One open session of a person: the sign-in cookie carries only <see cref="Key"/>, the ticket it stands for
/// lives here. Signing out, ending the session from the security page, or a new security stamp (password
/// changed, account disabled, sign-in reset) deletes the row, and a copied cookie opens nothing from then on,
/// on every portal instance.
/// </summary>
public sealed class SignInSession : IOperationalRecord
{
    public const int KeyMaxLength = 64;
    public const int BrowserMaxLength = 60;
    public const int AddressMaxLength = 45;

    public int Id { get; private set; }

    /// <summary>A random reference (256 bits); the cookie, encrypted, carries it.</summary>
    public required string Key { get; init; }

    public required string UserId { get; set; }

    public DateTime StartedAt { get; init; }

    public DateTime LastSeenAt { get; set; }

    /// <summary>When the session ends unless used again (30 minutes after the last renewal).</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>A short description ("Firefox, Windows"), never the whole user-agent string.</summary>
    public string? Browser { get; set; }

    public string? Address { get; set; }

    /// <summary>The authentication ticket, serialized and encrypted with the Data Protection keys.</summary>
    public required byte[] Ticket { get; set; }

    public bool IsExpiredAt(DateTime now) => ExpiresAt <= now;
}
