using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
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
/// A person changes their own password, knowing the current one. The new security stamp ends every other open
/// session at once (<see cref="ProtectedUserStore.SetSecurityStampAsync"/>); this one continues.
/// </summary>
public static class ChangePassword
{
    public sealed class Form
    {
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Display(Name = "New password")]
        public string NewPassword { get; set; } = string.Empty;

        [Display(Name = "New password again")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.CurrentPassword).NotEmpty().MaximumLength(256);
            RuleFor(f => f.NewPassword).NewPassword();
            RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(_ => l["The two passwords do not match."]);
        }
    }

    public sealed class Handler(SignInManager<ApplicationUser> signIn, SignInGuard guard, AuditTrail audit, IStringLocalizer<SharedResource> l)
    {
        /// <returns>Done when the password was changed; otherwise invalid with the errors to show by field.</returns>
        public async Task<CommandResult> ChangeAsync(ClaimsPrincipal principal, Form form)
        {
            var user = await signIn.UserManager.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
            // Someone at an unlocked desk could use this form to guess the password: it is slowed like sign-in.
            var accountKey = guard.PasswordStep(user.Email ?? user.Id);
            if (await guard.TryAsync(accountKey) is { } wait)
            {
                return CommandResult.Invalid([new FieldError(nameof(Form.CurrentPassword), wait)]);
            }

            var result = await signIn.UserManager.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
            if (!result.Succeeded)
            {
                if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
                {
                    await guard.FailedOnAccountAsync(user);
                    return CommandResult.Invalid([new FieldError(nameof(Form.CurrentPassword), l["The current password is not right."])]);
                }

                await guard.SucceededAsync(accountKey);
                return CommandResult.Invalid(result.Errors.Select(e => new FieldError(nameof(Form.NewPassword), e.Description)));
            }

            await guard.SucceededAsync(accountKey);
            await audit.RecordAsync(AuditAction.Update, "User", user.Id, "password changed, other sessions ended", principal);
            // The new stamp ended every session; this one continues with a ticket that carries it.
            await signIn.RefreshSignInAsync(user);
            return CommandResult.Done();
        }
    }
}
