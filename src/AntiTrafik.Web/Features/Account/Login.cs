using System.ComponentModel.DataAnnotations;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

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

    /// <summary>Signs in with lockout after repeated failures; says why a sign-in failed without saying whether the account exists.</summary>
    public sealed class Handler(SignInManager<ApplicationUser> signIn, AuditTrail audit, IStringLocalizer<SharedResource> l, ILogger<Handler> logger)
    {
        /// <returns>null on success, otherwise the message to show.</returns>
        public async Task<string?> SignInAsync(Form form)
        {
            var account = await signIn.UserManager.FindByEmailAsync(form.Email.Trim());
            var result = account is null
                ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                : await signIn.PasswordSignInAsync(account, form.Password, isPersistent: false, lockoutOnFailure: true);
            await audit.RecordAsync(result.Succeeded ? AuditAction.SignInSucceeded : AuditAction.SignInFailed,
                "User", account?.Id, account is null ? "unknown account" : null, user: null, userIdOverride: account?.Id);
            if (result.Succeeded)
            {
                return null;
            }

            // The e-mail is an identifier of staff, not of victims, but it still stays out of the log.
            logger.LogWarning("Sign-in failed: {Reason}", result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "bad credentials");
            return result.IsLockedOut
                ? l["Too many failed attempts. Try again in 15 minutes."]
                : result.IsNotAllowed
                    ? l["This account is disabled. Ask the administrator."]
                    : l["Wrong e-mail or password."];
        }
    }
}
