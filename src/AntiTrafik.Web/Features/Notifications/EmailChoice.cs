using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Notifications;

/// <summary>
/// Each person chooses how they hear of their institution's notifications by e-mail: at once, in a daily digest, or
/// not at all (the portal's list and menu count stay the same whatever they choose).
/// </summary>
public static class EmailChoice
{
    public sealed class Form
    {
        [Display(Name = "E-mail about notifications")] public NotificationEmail? Choice { get; set; }
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(IStringLocalizer<SharedResource> l) =>
            RuleFor(f => f.Choice).NotNull().WithMessage(_ => l["Choose one of the ways to hear by e-mail."])
                .IsInEnum().WithMessage(_ => l["Choose one of the ways to hear by e-mail."]);
    }

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        /// <returns>The person's present choice, as the form shows it.</returns>
        public async Task<Form> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var id = user.FindFirstValue(PortalClaims.UserId);
            var choice = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => (NotificationEmail?)u.NotificationEmail).SingleOrDefaultAsync(cancellationToken);
            return new Form { Choice = choice ?? NotificationEmail.AtOnce };
        }

        public async Task<CommandResult> SaveAsync(Form form, ClaimsPrincipal user, bool formIsValid = true)
        {
            var id = user.FindFirstValue(PortalClaims.UserId);
            var account = await db.Users.SingleOrDefaultAsync(u => u.Id == id);
            if (account is null)
            {
                return CommandResult.NotFound();
            }

            if (!formIsValid)
            {
                return CommandResult.Invalid();
            }

            var choice = form.Choice!.Value;
            if (account.NotificationEmail == choice)
            {
                return CommandResult.Done();
            }

            account.NotificationEmail = choice;
            if (choice == NotificationEmail.DailyDigest)
            {
                // The first digest gathers what comes from now on: what came before was told at once, or not by e-mail.
                account.LastDigestAt = clock.GetUtcNow().UtcDateTime;
            }

            // A new stamp, so an administrator's edit of the account opened before this is refused rather than writing
            // the old choice back (Identity saves every column of the account).
            account.ConcurrencyStamp = Guid.NewGuid().ToString();
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } refused)
            {
                return refused;
            }

            await audit.RecordAsync(AuditAction.Update, "User", account.Id, "notification e-mail", user);
            return CommandResult.Done();
        }
    }
}
