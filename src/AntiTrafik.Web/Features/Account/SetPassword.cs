using System.ComponentModel.DataAnnotations;
using AntiTrafik.Domain;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Account;

/// <summary>A new user (or one whose administrator issued a new link) chooses a password through a one-time link.</summary>
public static class SetPassword
{
    public sealed class Form
    {
        public string UserId { get; set; } = string.Empty;
        public string Token { get; set; } = string.Empty;

        [Display(Name = "New password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Repeat the password")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.UserId).NotEmpty();
            RuleFor(f => f.Token).NotEmpty();
            RuleFor(f => f.Password).NewPassword();
            RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage(_ => l["The two passwords do not match."]);
        }
    }

    public sealed class Handler(UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> l)
    {
        /// <returns>Done, or invalid with the errors to show on the password.</returns>
        public async Task<CommandResult> SetAsync(Form form)
        {
            var user = await users.FindByIdAsync(form.UserId);
            if (user is null || user.IsDisabled)
            {
                return CommandResult.Invalid([new FieldError(nameof(Form.Password),
                    l["This link has expired or has already been used. Ask the administrator for a new one."])]);
            }

            // Resetting changes the security stamp, which makes the link single-use and ends every open session.
            var result = await users.ResetPasswordAsync(user, form.Token, form.Password);
            return result.Succeeded
                ? CommandResult.Done()
                : CommandResult.Invalid(result.Errors.Select(e => new FieldError(nameof(Form.Password), e.Description)));
        }
    }
}
