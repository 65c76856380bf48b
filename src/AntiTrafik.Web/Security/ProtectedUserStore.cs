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
    : UserStore<ApplicationUser, IdentityRole, AppDbContext>(context, describer)
{
    public override Task SetTokenAsync(ApplicationUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, SecondStepSecrets.Holds(loginProvider, name) ? secrets.Protect(value) : value, cancellationToken);

    public override async Task<string?> GetTokenAsync(ApplicationUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var value = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return SecondStepSecrets.Holds(loginProvider, name) ? secrets.Unprotect(value) : value;
    }
}

/// <summary>How the second step's secrets are written in the database: "dp1:" and the Data Protection ciphertext.</summary>
public sealed class SecondStepSecrets(IDataProtectionProvider provider)
{
    // Identity's own names for the tokens it keeps for itself.
    private const string IdentityProvider = "[AspNetUserStore]";
    private static readonly string[] Names = ["AuthenticatorKey", "RecoveryCodes"];
    private const string Prefix = "dp1:";

    private readonly IDataProtector _protector = provider.CreateProtector("AntiTrafik.Identity.SecondStep.v1");

    public static bool Holds(string loginProvider, string name) => loginProvider == IdentityProvider && Names.Contains(name);

    public string? Protect(string? value) => string.IsNullOrEmpty(value) ? value : Prefix + _protector.Protect(value);

    /// <summary>A value written before this store (no prefix) is read as it is, until <see cref="ProtectExistingAsync"/> or the next write.</summary>
    public string? Unprotect(string? value) =>
        value is not null && value.StartsWith(Prefix, StringComparison.Ordinal) ? _protector.Unprotect(value[Prefix.Length..]) : value;

    /// <summary>Encrypts the secrets a database still holds in clear (written before this store existed). Run by the portal at start.</summary>
    /// <returns>How many were encrypted.</returns>
    public async Task<int> ProtectExistingAsync(AppDbContext db)
    {
        var clear = await db.UserTokens
            .Where(t => t.LoginProvider == IdentityProvider && Names.Contains(t.Name) && t.Value != null && t.Value != "" && !t.Value.StartsWith(Prefix))
            .ToListAsync();
        foreach (var token in clear)
        {
            token.Value = Protect(token.Value);
        }

        await db.SaveChangesAsync();
        return clear.Count;
    }
}
