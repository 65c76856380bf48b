using System.ComponentModel.DataAnnotations;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
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

    public enum Outcome
    {
        SignedIn,
        SecondFactorNeeded,
        Refused,
    }

    /// <summary>
    /// Signs in with lockout after repeated failures. Says why a sign-in failed without saying whether the
    /// account exists: an unknown e-mail costs the same password hashing, gets the same message and is
    /// "locked" after the same number of tries; a disabled account is named only to someone who knows its password.
    /// </summary>
    public sealed class Handler(
        SignInManager<ApplicationUser> signIn, AuditTrail audit, IStringLocalizer<SharedResource> l, IMemoryCache cache, ILogger<Handler> logger)
    {
        private static readonly ApplicationUser Nobody = new() { FullName = string.Empty, UserName = "nobody" };
        private static readonly Lazy<string> NobodysHash = new(() => new PasswordHasher<ApplicationUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

        public async Task<(Outcome Outcome, string? Message)> SignInAsync(Form form)
        {
            var account = await signIn.UserManager.FindByEmailAsync(form.Email.Trim());
            var result = account is null
                ? await UnknownAccountAsync(form)
                : await signIn.PasswordSignInAsync(account, form.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.IsNotAllowed && account is not null && !await signIn.UserManager.CheckPasswordAsync(account, form.Password))
            {
                result = SignInResult.Failed;
            }

            if (result.RequiresTwoFactor)
            {
                return (Outcome.SecondFactorNeeded, null);
            }

            await audit.RecordAsync(result.Succeeded ? AuditAction.SignInSucceeded : AuditAction.SignInFailed,
                "User", account?.Id, account is null ? "unknown account" : null, user: null, userIdOverride: account?.Id);
            if (result.Succeeded)
            {
                return (Outcome.SignedIn, null);
            }

            // The e-mail is an identifier of staff, not of victims, but it still stays out of the log.
            logger.LogWarning("Sign-in failed: {Reason}", result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "bad credentials");
            return (Outcome.Refused, result.IsLockedOut
                ? l["Too many failed attempts. Try again in 15 minutes."]
                : result.IsNotAllowed
                    ? l["This account is disabled. Ask the administrator."]
                    : l["Wrong e-mail or password."]);
        }

        /// <summary>The same work and the same answers as for an account that exists, with a wrong password.</summary>
        private Task<SignInResult> UnknownAccountAsync(Form form)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash.Value, form.Password);
            var key = "unknown-sign-in|" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(form.Email.Trim().ToUpperInvariant())));
            var options = signIn.Options.Lockout;
            var failures = cache.GetOrCreate(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = options.DefaultLockoutTimeSpan;
                return new StrongBox<int>(0);
            })!;
            return Task.FromResult(Interlocked.Increment(ref failures.Value) >= options.MaxFailedAccessAttempts
                ? SignInResult.LockedOut
                : SignInResult.Failed);
        }
    }
}
