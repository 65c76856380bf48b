using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Account;

/// <summary>
/// Sign-in with an authenticator app (TOTP, Identity's own provider) and one-time recovery codes. Required
/// for coordinators and administrators (see <c>SecondFactorRequirement</c>), offered to everyone.
/// </summary>
public static class TwoFactor
{
    public const int RecoveryCodeCount = 10;

    public sealed class CodeForm
    {
        [Display(Name = "Code from the authenticator app")]
        public string Code { get; set; } = string.Empty;

        public string? ReturnUrl { get; set; }

        /// <summary>Shown, not posted: whether the person has a passkey to answer with instead.</summary>
        [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
        public bool CanUsePasskey { get; set; }
    }

    public sealed class RecoveryForm
    {
        [Display(Name = "Recovery code")]
        public string RecoveryCode { get; set; } = string.Empty;

        public string? ReturnUrl { get; set; }
    }

    public sealed class SetupForm
    {
        [Display(Name = "Code from the authenticator app")]
        public string Code { get; set; } = string.Empty;
    }

    /// <summary>What the set-up page shows: the key to type or scan, or that the app is already set up.</summary>
    public sealed record SetupModel(bool Enabled, bool Required, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft, SetupForm Form)
    {
        /// <summary>The key as a QR code to scan (a PNG in a data: address, so the page needs no script and the CSP stays strict).</summary>
        public string QrCodeDataUri
        {
            get
            {
                using var generator = new QRCoder.QRCodeGenerator();
                using var data = generator.CreateQrCode(AuthenticatorUri, QRCoder.QRCodeGenerator.ECCLevel.M);
                return "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(5));
            }
        }
    }

    public sealed class CodeValidator : AbstractValidator<CodeForm>
    {
        public CodeValidator(IStringLocalizer<SharedResource> l) => RuleFor(f => f.Code).SixDigitCode(l);
    }

    public sealed class SetupValidator : AbstractValidator<SetupForm>
    {
        public SetupValidator(IStringLocalizer<SharedResource> l) => RuleFor(f => f.Code).SixDigitCode(l);
    }

    /// <summary>The one rule for a code typed from the app: six digits, spaces and dashes allowed.</summary>
    private static IRuleBuilderOptions<T, string> SixDigitCode<T>(this IRuleBuilder<T, string> rule, IStringLocalizer<SharedResource> l) =>
        rule.NotEmpty().Must(BeSixDigits).WithMessage(_ => l["Type the 6 digits the app shows."]);

    public sealed class RecoveryValidator : AbstractValidator<RecoveryForm>
    {
        public RecoveryValidator() => RuleFor(f => f.RecoveryCode).NotEmpty().MaximumLength(32);
    }

    public static string Digits(string code) => code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    private static bool BeSixDigits(string code) => Digits(code) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);

    public sealed class Handler(SignInManager<ApplicationUser> signIn, SignInGuard guard, AuditTrail audit, IStringLocalizer<SharedResource> l)
    {
        private UserManager<ApplicationUser> Users => signIn.UserManager;

        /// <returns>Done when signed in, otherwise refused with the message to show.</returns>
        public async Task<CommandResult> SignInWithCodeAsync(CodeForm form) =>
            await Finish(await signIn.GetTwoFactorAuthenticationUserAsync(),
                () => signIn.TwoFactorAuthenticatorSignInAsync(Digits(form.Code), isPersistent: false, rememberClient: false));

        public async Task<CommandResult> SignInWithRecoveryCodeAsync(RecoveryForm form) =>
            await Finish(await signIn.GetTwoFactorAuthenticationUserAsync(),
                () => signIn.TwoFactorRecoveryCodeSignInAsync(form.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal)));

        /// <summary>Whether the person whose password was accepted has a passkey.</summary>
        public async Task<bool> CanUsePasskeyAsync() =>
            await signIn.GetTwoFactorAuthenticationUserAsync() is { } user && (await Users.GetPasskeysAsync(user)).Count > 0;

        /// <summary>True while a password was accepted and the second step is awaited.</summary>
        public async Task<bool> IsAwaitingCodeAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

        private async Task<CommandResult> Finish(ApplicationUser? user, Func<Task<SignInResult>> attempt)
        {
            if (user is null)
            {
                return CommandResult.Refused(l["The sign-in has expired. Sign in again with your e-mail and password."]);
            }

            // Whoever reached this step knows the password: codes are guessed in the same slowed steps.
            var accountKey = guard.SecondStep(user.Id);
            if (await guard.TryAsync(accountKey) is { } wait)
            {
                return CommandResult.Refused(wait);
            }

            var result = await attempt();
            await audit.RecordAsync(result.Succeeded ? AuditAction.SignInSucceeded : AuditAction.SignInFailed,
                "User", user.Id, "second factor", user: null, userIdOverride: user.Id);
            if (result.Succeeded)
            {
                await guard.SucceededAsync(accountKey);
                return CommandResult.Done();
            }

            await guard.FailedOnAccountAsync(user);
            return CommandResult.Refused(l["The code is not right. Codes change every 30 seconds: type the one the app shows now."]);
        }

        public async Task<SetupModel> SetupAsync(ClaimsPrincipal principal, SetupForm? form = null)
        {
            var user = await Users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
            var key = await Users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await Users.ResetAuthenticatorKeyAsync(user);
                key = await Users.GetAuthenticatorKeyAsync(user);
                // A new key changes the security stamp: this session's cookie gets the new one, or the next stamp
                // check would sign the person out in the middle of setting the app up.
                await signIn.RefreshSignInAsync(user);
            }

            var email = user.Email ?? user.UserName ?? user.Id;
            var uri = string.Create(CultureInfo.InvariantCulture,
                $"otpauth://totp/{Uri.EscapeDataString("AntiTrafik")}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString("AntiTrafik")}&digits=6");
            return new SetupModel(user.TwoFactorEnabled, principal.RequiresSecondFactor(), Grouped(key!), uri,
                await Users.CountRecoveryCodesAsync(user), form ?? new SetupForm());
        }

        /// <returns>Done with the new recovery codes, or invalid when the code did not match the key.</returns>
        public async Task<CommandResult<IReadOnlyList<string>>> EnableAsync(ClaimsPrincipal principal, SetupForm form)
        {
            var user = await Users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
            var valid = await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, Digits(form.Code));
            if (!valid)
            {
                return CommandResult.Invalid([new FieldError(nameof(SetupForm.Code),
                    l["The code is not right. Codes change every 30 seconds: type the one the app shows now."])]);
            }

            await Users.SetTwoFactorEnabledAsync(user, true);
            var codes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
            await audit.RecordAsync(AuditAction.Update, "User", user.Id, "authenticator set up", principal);
            // The session now counts as signed in with a second factor (enabling changed the security stamp, too).
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
            return CommandResult.Done<IReadOnlyList<string>>(codes);
        }

        public async Task<CommandResult<IReadOnlyList<string>>> NewRecoveryCodesAsync(ClaimsPrincipal principal)
        {
            var user = await Users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
            var codes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
            await audit.RecordAsync(AuditAction.Update, "User", user.Id, "new recovery codes", principal);
            return CommandResult.Done<IReadOnlyList<string>>(codes);
        }

        private static string Grouped(string key)
        {
            var text = new StringBuilder();
            for (var i = 0; i < key.Length; i += 4)
            {
                text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
            }

            return text.ToString().TrimEnd().ToLowerInvariant();
        }
    }
}
