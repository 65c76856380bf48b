using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Administration.Users;

/// <summary>Creating an account and changing its name, agency or role share one form and one validator.</summary>
public static class Edit
{
    public sealed class Form
    {
        /// <summary>Empty when creating.</summary>
        public string? Id { get; set; }

        /// <summary>Identity's concurrency stamp as it was when the form was opened.</summary>
        public string? ConcurrencyStamp { get; set; }

        [Display(Name = "Full name")]
        public string FullName { get; set; } = string.Empty;

        [Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Display(Name = "Institution")]
        public int? AgencyId { get; set; }

        [Display(Name = "Role")]
        public string? Role { get; set; }

        public bool IsNew => string.IsNullOrEmpty(Id);

        /// <summary>Whether the account signs in with an authenticator app (shown, never posted).</summary>
        [BindNever]
        public bool HasAuthenticator { get; set; }

        [BindNever]
        public IReadOnlyList<SelectListItem> AgencyChoices { get; set; } = [];

        [BindNever]
        public IReadOnlyList<SelectListItem> RoleChoices { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(AppDbContext db, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.FullName).NotEmpty().MaximumLength(ApplicationUser.FullNameMaxLength);
            RuleFor(f => f.Email).NotEmpty().MaximumLength(256).EmailAddress();
            RuleFor(f => f.Email)
                .MustAsync(async (form, email, ct) =>
                {
                    var normalized = email.Trim().ToUpperInvariant();
                    return !await db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.Id != form.Id, ct);
                })
                .WithMessage(_ => l["An account with this e-mail address already exists."])
                .When(f => !string.IsNullOrWhiteSpace(f.Email));
            RuleFor(f => f.AgencyId).NotNull()
                .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id && a.IsActive, ct))
                .WithMessage(_ => l["Choose an active institution."]);
            RuleFor(f => f.Role).NotEmpty()
                .Must(AntiTrafik.Web.Security.Roles.IsKnown).WithMessage(_ => l["Choose one of the roles."]);
        }
    }

    public sealed class Handler(
        AppDbContext db,
        UserManager<ApplicationUser> users,
        IAuthorizationService authorization,
        AuditTrail audit,
        AccountAlerts.Handler alerts,
        TimeProvider clock,
        ReferenceNames names,
        IStringLocalizer<SharedResource> l)
    {
        public async Task<Form> NewAsync() => await WithChoicesAsync(new Form());

        public async Task<Form?> LoadAsync(string id)
        {
            var form = await db.Users.AsNoTracking().Where(u => u.Id == id)
                .Select(u => new Form
                {
                    Id = u.Id,
                    ConcurrencyStamp = u.ConcurrencyStamp,
                    FullName = u.FullName,
                    Email = u.Email!,
                    AgencyId = u.AgencyId,
                    HasAuthenticator = u.TwoFactorEnabled,
                    Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                        .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                })
                .SingleOrDefaultAsync();
            return form is null ? null : await WithChoicesAsync(form);
        }

        public async Task<Form> WithChoicesAsync(Form form)
        {
            form.AgencyChoices = (await names.GetAsync()).Choices(l, keep: form.AgencyId is { } agencyId ? [agencyId] : []);
            form.RoleChoices = AntiTrafik.Web.Security.Roles.All.Select(r => new SelectListItem(l["Role " + r], r)).ToList();
            return form;
        }

        /// <summary>Creates an account without a password; the caller hands out the set-password link.</summary>
        /// <param name="admin">Who creates it; null for the portal's own first administrator.</param>
        /// <returns>Done with the new account.</returns>
        public async Task<CommandResult<ApplicationUser>> CreateAsync(Form form, ClaimsPrincipal? admin)
        {
            var email = form.Email.Trim();
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = form.FullName.Trim(),
                AgencyId = form.AgencyId!.Value,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            (await users.CreateAsync(user)).ThrowIfFailed("Creating an account");
            (await users.AddToRoleAsync(user, form.Role!)).ThrowIfFailed("Giving the account its role");
            await audit.RecordAsync(AuditAction.Create, "User", user.Id, "full name, e-mail, institution, role", admin);
            return CommandResult.Done(user);
        }

        /// <returns>Done, or why not (missing, changed by someone else meanwhile, not one's own role).</returns>
        public async Task<CommandResult> UpdateAsync(Form form, ClaimsPrincipal admin)
        {
            var user = await users.FindByIdAsync(form.Id!);
            if (user is null)
            {
                return CommandResult.Refused(l["The record no longer exists."]);
            }

            // The form carries the stamp it was opened with. A change saved since then is refused here;
            // one saved between this read and our write is refused by Identity's own stamp check.
            if (!string.Equals(user.ConcurrencyStamp, form.ConcurrencyStamp, StringComparison.Ordinal))
            {
                return ConcurrencyRefusal.ChangedMeanwhile(l);
            }

            var email = form.Email.Trim();
            var agencyChanged = user.AgencyId != form.AgencyId;
            var currentRoles = await users.GetRolesAsync(user);
            var roleChanged = !currentRoles.SequenceEqual([form.Role!], StringComparer.Ordinal);
            if ((agencyChanged || roleChanged)
                && !(await authorization.AuthorizeAsync(admin, new ManagedAccount(user.Id), AccountOperations.ChangeRoleOrInstitution)).Succeeded)
            {
                return CommandResult.Refused(l["Your own role and institution are changed by another administrator."]);
            }

            var changed = new List<string>();
            if (user.FullName != form.FullName.Trim())
            {
                changed.Add("full name");
            }

            var previousEmail = user.Email;
            var emailChanged = !string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase);
            if (!string.Equals(user.Email, email, StringComparison.Ordinal))
            {
                changed.Add("e-mail");
            }

            if (agencyChanged)
            {
                changed.Add("institution");
            }

            user.FullName = form.FullName.Trim();
            user.Email = user.UserName = email;
            user.AgencyId = form.AgencyId!.Value;
            var result = await users.UpdateAsync(user);
            if (!result.Succeeded)
            {
                return CommandResult.Refused(string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            if (roleChanged)
            {
                (await users.RemoveFromRolesAsync(user, currentRoles)).ThrowIfFailed("Removing the account's role");
                (await users.AddToRoleAsync(user, form.Role!)).ThrowIfFailed("Giving the account its role");
                changed.Add("role");
            }

            if (agencyChanged || roleChanged)
            {
                // Role and agency travel in the cookie: end open sessions so access follows at once.
                await users.UpdateSecurityStampAsync(user);
            }

            if (changed.Count > 0)
            {
                await audit.RecordAsync(AuditAction.Update, "User", user.Id, string.Join(", ", changed), admin);
            }

            if (agencyChanged || roleChanged)
            {
                await alerts.SendAsync(email, AccountAlerts.Change.RoleOrInstitution, admin);
            }

            if (emailChanged)
            {
                // The old address: whoever lost the account hears of it there.
                await alerts.SendAsync(previousEmail, AccountAlerts.Change.EmailAddress, admin);
            }

            return CommandResult.Done();
        }
    }
}
