using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Account;

/// <summary>
/// Passkeys (WebAuthn, Identity's own passkey handler) as a second step beside the authenticator app: a person
/// whose app is on adds a passkey on the security page, and at sign-in, after the password, may answer with it
/// instead of a code. The ceremony's state travels in the page, sealed with the Data Protection keys and valid for
/// five minutes, so no cookie of Identity's is touched in the middle of a sign-in.
/// </summary>
public static class Passkeys
{
    public const int NameMaxLength = 60;
    public const int CredentialMaxLength = 16_000;

    public sealed record Row(string Id, string Name, DateTimeOffset CreatedAt);

    /// <summary>What the browser needs to start a ceremony: the options for navigator.credentials and the sealed state.</summary>
    public sealed record Ceremony(string Options, string State);

    public sealed class AddForm
    {
        [Display(Name = "Name of the passkey")]
        public string Name { get; set; } = string.Empty;

        public string Credential { get; set; } = string.Empty;

        public string State { get; set; } = string.Empty;
    }

    public sealed class SignInForm
    {
        public string Credential { get; set; } = string.Empty;

        public string State { get; set; } = string.Empty;

        public string? ReturnUrl { get; set; }
    }

    public sealed class AddValidator : AbstractValidator<AddForm>
    {
        public AddValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Name).NotEmpty().MaximumLength(NameMaxLength);
            RuleFor(f => f.Credential).NotEmpty().WithMessage(_ => l["The browser did not create a passkey. Try again."]).MaximumLength(CredentialMaxLength);
            RuleFor(f => f.State).NotEmpty().MaximumLength(CredentialMaxLength);
        }
    }

    public sealed class SignInValidator : AbstractValidator<SignInForm>
    {
        public SignInValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Credential).NotEmpty().WithMessage(_ => l["The browser gave no passkey. Try again, or type the code from the app."]).MaximumLength(CredentialMaxLength);
            RuleFor(f => f.State).NotEmpty().MaximumLength(CredentialMaxLength);
        }
    }

    public sealed class Handler(
        SignInManager<ApplicationUser> signIn,
        IPasskeyHandler<ApplicationUser> passkeys,
        IHttpContextAccessor http,
        IDataProtectionProvider protection,
        SignInGuard guard,
        AuditTrail audit,
        IStringLocalizer<SharedResource> l,
        ILogger<Handler> logger)
    {
        private static readonly TimeSpan CeremonyLifetime = TimeSpan.FromMinutes(5);

        private UserManager<ApplicationUser> Users => signIn.UserManager;

        private ITimeLimitedDataProtector Sealer => protection.CreateProtector("AntiTrafik.Passkeys.Ceremony.v1").ToTimeLimitedDataProtector();

        private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("Passkeys need a request.");

        public async Task<IReadOnlyList<Row>> ListAsync(ApplicationUser user) =>
            (await Users.GetPasskeysAsync(user))
                .Select(p => new Row(WebEncoders.Base64UrlEncode(p.CredentialId), p.Name ?? "—", p.CreatedAt))
                .OrderBy(p => p.CreatedAt)
                .ToList();

        /// <returns>The ceremony, or null when the person's authenticator app is not on (passkeys come beside it).</returns>
        public async Task<Ceremony?> StartAddingAsync(ClaimsPrincipal principal)
        {
            var user = await Users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
            if (!user.TwoFactorEnabled)
            {
                return null;
            }

            var entity = new PasskeyUserEntity { Id = user.Id, Name = user.Email ?? user.Id, DisplayName = user.FullName };
            var options = await passkeys.MakeCreationOptionsAsync(entity, Context);
            return new Ceremony(options.CreationOptionsJson, Seal("add", user.Id, options.AttestationState));
        }

        /// <returns>Done when the passkey was added, otherwise refused with the message to show.</returns>
        public async Task<CommandResult> AddAsync(ClaimsPrincipal principal, AddForm form)
        {
            var user = await Users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
            if (!user.TwoFactorEnabled || Open(form.State, "add", user.Id) is not { } state)
            {
                return CommandResult.Refused(l["The passkey could not be added. Try again."]);
            }

            var result = await passkeys.PerformAttestationAsync(new PasskeyAttestationContext { HttpContext = Context, CredentialJson = form.Credential, AttestationState = state });
            if (!result.Succeeded || result.UserEntity.Id != user.Id)
            {
                // What the browser's answer failed (origin, challenge, signature): no personal data in it.
                logger.LogWarning("A passkey was not added: {Reason}", result.Succeeded ? "another account's passkey" : result.Failure.Message);
                return CommandResult.Refused(l["The passkey could not be added. Try again."]);
            }

            result.Passkey.Name = form.Name.Trim();
            (await Users.AddOrUpdatePasskeyAsync(user, result.Passkey)).ThrowIfFailed("Adding a passkey");
            await audit.RecordAsync(AuditAction.Update, "User", user.Id, "passkey added", principal);
            return CommandResult.Done();
        }

        public async Task<CommandResult> RemoveAsync(ClaimsPrincipal principal, string id)
        {
            var user = await Users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
            byte[] credentialId;
            try
            {
                credentialId = WebEncoders.Base64UrlDecode(id);
            }
            catch (FormatException)
            {
                return CommandResult.NotFound();
            }

            if (await Users.GetPasskeyAsync(user, credentialId) is null)
            {
                return CommandResult.NotFound();
            }

            (await Users.RemovePasskeyAsync(user, credentialId)).ThrowIfFailed("Removing a passkey");
            await audit.RecordAsync(AuditAction.Update, "User", user.Id, "passkey removed", principal);
            return CommandResult.Done();
        }

        /// <returns>The ceremony for the person whose password was just accepted, or null when there is none.</returns>
        public async Task<Ceremony?> StartSecondStepAsync()
        {
            if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user || (await Users.GetPasskeysAsync(user)).Count == 0)
            {
                return null;
            }

            var options = await passkeys.MakeRequestOptionsAsync(user, Context);
            return new Ceremony(options.RequestOptionsJson, Seal("sign-in", user.Id, options.AssertionState));
        }

        /// <summary>The second step answered with a passkey: slowed and audited like a code.</summary>
        /// <returns>Done when signed in, otherwise refused with the message to show.</returns>
        public async Task<CommandResult> SignInAsync(SignInForm form)
        {
            if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
            {
                return CommandResult.Refused(l["The sign-in has expired. Sign in again with your e-mail and password."]);
            }

            var accountKey = guard.SecondStep(user.Id);
            if (await guard.TryAsync(accountKey) is { } wait)
            {
                return CommandResult.Refused(wait);
            }

            var state = Open(form.State, "sign-in", user.Id);
            var result = state is null ? null
                : await passkeys.PerformAssertionAsync(new PasskeyAssertionContext { HttpContext = Context, CredentialJson = form.Credential, AssertionState = state });
            var succeeded = result is { Succeeded: true } && result.User.Id == user.Id;
            if (!succeeded)
            {
                logger.LogWarning("A passkey sign-in failed: {Reason}",
                    result is null ? "no ceremony state" : result.Succeeded ? "another account's passkey" : result.Failure.Message);
            }

            await audit.RecordAsync(succeeded ? AuditAction.SignInSucceeded : AuditAction.SignInFailed,
                "User", user.Id, "second factor (passkey)", user: null, userIdOverride: user.Id);
            if (!succeeded)
            {
                await guard.FailedOnAccountAsync(user);
                return CommandResult.Refused(l["The passkey was not accepted. Try again, or type the code from the app."]);
            }

            // The signature counter moves on, so a cloned authenticator shows itself.
            (await Users.AddOrUpdatePasskeyAsync(user, result!.Passkey!)).ThrowIfFailed("Updating a passkey");
            await guard.SucceededAsync(accountKey);
            await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
            return CommandResult.Done();
        }

        private string Seal(string purpose, string userId, string? state) =>
            Sealer.Protect($"{purpose}\n{userId}\n{state}", CeremonyLifetime);

        private string? Open(string sealedState, string purpose, string userId)
        {
            try
            {
                var parts = Sealer.Unprotect(sealedState).Split('\n', 3);
                return parts.Length == 3 && parts[0] == purpose && parts[1] == userId ? parts[2] : null;
            }
            catch (CryptographicException)
            {
                return null;
            }
        }
    }
}
