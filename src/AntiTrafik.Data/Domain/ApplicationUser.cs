using AntiTrafik.Domain.Referrals;
using Microsoft.AspNetCore.Identity;

namespace AntiTrafik.Domain;

/// <summary>
/// A person who signs in. There is no self-registration: an administrator creates the account, and the
/// person chooses a password through a one-time link. Identity's own <c>ConcurrencyStamp</c> guards
/// concurrent edits of the account.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    public const int FullNameMaxLength = 120;

    public required string FullName { get; set; }

    public int AgencyId { get; set; }
    public Agency Agency { get; set; } = null!;

    /// <summary>A disabled account cannot sign in and its open sessions end at the next stamp check.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the owner was last told by e-mail that sign-in failures were piling up on the account.</summary>
    public DateTime? FailedSignInsReportedAt { get; set; }

    /// <summary>How the person hears of their institution's notifications by e-mail.</summary>
    public NotificationEmail NotificationEmail { get; set; } = NotificationEmail.AtOnce;

    /// <summary>
    /// When the last daily digest was taken for the person (the moment it covers up to). Written only with a check of
    /// its previous value, so two instances never send the same digest.
    /// </summary>
    public DateTime? LastDigestAt { get; set; }

    /// <summary>False until the person has set a password through their link.</summary>
    public bool HasPassword => PasswordHash is not null;

    public void Disable() => IsDisabled = true;

    public void Enable() => IsDisabled = false;
}
