using System.ComponentModel.DataAnnotations;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace AntiTrafik.Web.Features.Account;

public static class Login
{
    public sealed class Form
    {
        [Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        public string? ReturnUrl { get; set; }
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator()
        {
            RuleFor(f => f.Email).NotEmpty().MaximumLength(256);
            RuleFor(f => f.Password).NotEmpty().MaximumLength(256);
        }
    }

    /// <summary>Where a sign-in whose password was accepted goes next.</summary>
    public enum Next
    {
        SignedIn,
        SecondFactorNeeded,
    }

    /// <summary>
    /// Signs in, slowed by <see cref="SignInGuard"/> after repeated failures (never locked). Says why a sign-in
    /// failed without saying whether the account exists: an unknown e-mail is counted and slowed in the same
    /// table, costs the same password hashing and gets the same words; a disabled account is named only to
    /// someone who knows its password.
    /// </summary>
    public sealed class Handler(
        SignInManager<ApplicationUser> signIn, SignInGuard guard, AuditTrail audit, IStringLocalizer<SharedResource> l, ILogger<Handler> logger)
    {
        private static readonly ApplicationUser Nobody = new() { FullName = string.Empty, UserName = "nobody" };
        private static readonly Lazy<string> NobodysHash = new(() => new PasswordHasher<ApplicationUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

        /// <returns>Done with what comes next, or refused with the words to show.</returns>
        public async Task<CommandResult<Next>> SignInAsync(Form form)
        {
            var accountKey = guard.PasswordStep(form.Email);
            if (await guard.TryAsync(accountKey) is { } wait)
            {
                logger.LogWarning("Sign-in refused: {Reason}", "slowed");
                return CommandResult.Refused(wait);
            }

            var account = await signIn.UserManager.FindByEmailAsync(form.Email.Trim());
            SignInResult result;
            if (account is null)
            {
                // The same work as for an account that exists, with a wrong password.
                signIn.UserManager.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash.Value, form.Password);
                result = SignInResult.Failed;
            }
            else
            {
                result = await signIn.PasswordSignInAsync(account, form.Password, isPersistent: false, lockoutOnFailure: false);
                if (result.IsNotAllowed && !await signIn.UserManager.CheckPasswordAsync(account, form.Password))
                {
                    result = SignInResult.Failed;
                }
            }

            if (result.Succeeded || result.RequiresTwoFactor)
            {
                await guard.SucceededAsync(accountKey);
            }
            else if (account is not null)
            {
                await guard.FailedOnAccountAsync(account);
            }

            if (result.RequiresTwoFactor)
            {
                return CommandResult.Done(Next.SecondFactorNeeded);
            }

            await audit.RecordAsync(result.Succeeded ? AuditAction.SignInSucceeded : AuditAction.SignInFailed,
                "User", account?.Id, account is null ? "unknown account" : null, user: null, userIdOverride: account?.Id);
            if (result.Succeeded)
            {
                return CommandResult.Done(Next.SignedIn);
            }

            // The e-mail is an identifier of staff, not of victims, but it still stays out of the log.
            logger.LogWarning("Sign-in failed: {Reason}", result.IsNotAllowed ? "not allowed" : "bad credentials");
            return CommandResult.Refused(result.IsNotAllowed
                ? l["This account is disabled. Ask the administrator."]
                : l["Wrong e-mail or password."]);
        }
    }
}
