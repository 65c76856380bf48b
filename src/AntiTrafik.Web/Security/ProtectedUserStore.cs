using System.Security.Cryptography;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Identity's EF store, with the secrets of the second step (the authenticator app's key and the unused
/// recovery codes) encrypted in the database with the portal's Data Protection keys, which are kept outside
/// it. Identity keeps both as plain user tokens; with them, a copy of the database plus a guessed or reused
/// password would be enough to pass a coordinator's second step.
/// </summary>
public sealed class ProtectedUserStore(AppDbContext context, SecondStepSecrets secrets, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, IdentityRole, AppDbContext, string, IdentityUserClaim<string>, IdentityUserRole<string>,
        IdentityUserLogin<string>, IdentityUserToken<string>, IdentityRoleClaim<string>, IdentityUserPasskey<string>>(context, describer)
{
    public override Task SetTokenAsync(ApplicationUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, SecondStepSecrets.Holds(loginProvider, name) ? secrets.Protect(value) : value, cancellationToken);

    /// <summary>
    /// A new security stamp (password set or changed, account disabled, sign-in reset, e-mail changed) ends every
    /// open session of the account at once, on every instance. A session that itself caused the change (the
    /// person changing their own password) continues: its renewed ticket carries the new stamp
    /// (<see cref="Sessions.SignInSessionStore.RenewAsync(string, Microsoft.AspNetCore.Authentication.AuthenticationTicket, HttpContext?, CancellationToken)"/>).
    /// </summary>
    public override async Task SetSecurityStampAsync(ApplicationUser user, string stamp, CancellationToken cancellationToken = default)
    {
        await base.SetSecurityStampAsync(user, stamp, cancellationToken);
        await Context.SignInSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(CancellationToken.None);
    }

    public override async Task<string?> GetTokenAsync(ApplicationUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var value = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return SecondStepSecrets.Holds(loginProvider, name) ? secrets.Unprotect(value) : value;
    }
}

/// <summary>How the second step's secrets are written in the database: "dp1:" and the Data Protection ciphertext.</summary>
public sealed class SecondStepSecrets(IDataProtectionProvider provider, ILogger<SecondStepSecrets> logger)
{
    // Identity's own names for the tokens it keeps for itself.
    private const string IdentityProvider = "[AspNetUserStore]";
    private static readonly string[] Names = ["AuthenticatorKey", "RecoveryCodes"];
    private const string Prefix = "dp1:";

    private readonly IDataProtector _protector = provider.CreateProtector("AntiTrafik.Identity.SecondStep.v1");

    public static bool Holds(string loginProvider, string name) => loginProvider == IdentityProvider && Names.Contains(name);

    public string? Protect(string? value) => string.IsNullOrEmpty(value) ? value : Prefix + _protector.Protect(value);

    /// <summary>
    /// A value written before this store (no prefix) is read as it is, until <see cref="ProtectExistingAsync"/> or
    /// the next write. One the keys cannot open (a lost or replaced key folder) reads as no value: the person's code
    /// is refused, not answered with an error page, and an administrator can reset their sign-in.
    /// </summary>
    public string? Unprotect(string? value)
    {
        if (value is null || !value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return value;
        }

        try
        {
            return _protector.Unprotect(value[Prefix.Length..]);
        }
        catch (CryptographicException ex)
        {
            logger.LogWarning(ex, "A second-step secret could not be opened with this key ring");
            return null;
        }
    }

    /// <summary>Encrypts the secrets a database still holds in clear (written before this store existed). Run by the portal at start.</summary>
    /// <returns>How many were encrypted.</returns>
    public async Task<int> ProtectExistingAsync(AppDbContext db)
    {
        var clear = await db.UserTokens.AsNoTracking()
            .Where(t => t.LoginProvider == IdentityProvider && Names.Contains(t.Name) && t.Value != null && t.Value != "" && !t.Value.StartsWith(Prefix))
            .Select(t => new { t.UserId, t.Name, t.Value })
            .ToListAsync();
        var encrypted = 0;
        foreach (var token in clear)
        {
            // Only if it is still the value read: a code redeemed meanwhile on another instance is not brought back.
            var protectedValue = Protect(token.Value);
            encrypted += await db.UserTokens
                .Where(t => t.UserId == token.UserId && t.LoginProvider == IdentityProvider && t.Name == token.Name && t.Value == token.Value)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Value, protectedValue));
        }

        return encrypted;
    }
}
