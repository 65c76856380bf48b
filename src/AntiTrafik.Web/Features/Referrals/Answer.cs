using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Infrastructure.Notifications;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Referrals;

/// <summary>
/// Moving a referral on: the receiver accepts, declines, completes and records services; the sender
/// withdraws. Only the sending and receiving agencies find the referral at all; the referral decides the
/// rest. Two people answering at once: the second is told what the first did.
/// </summary>
public static class Answer
{
    public enum Step
    {
        Accept,
        Decline,
        Complete,
        Withdraw,
    }

    public sealed class StepForm
    {
        [Display(Name = "Reason or outcome")] public string? Text { get; set; }
        public int Version { get; set; }
    }

    public sealed class ServiceForm
    {
        [Display(Name = "Service")] public ReferralServices? Service { get; set; }
        [Display(Name = "Date delivered")] public DateOnly? DeliveredOn { get; set; }
        [Display(Name = "Note")] public string? Note { get; set; }
        public int Version { get; set; }
    }

    public sealed class StepValidator : AbstractValidator<StepForm>
    {
        public StepValidator() => RuleFor(f => f.Text).MaximumLength(2000);
    }

    public sealed class ServiceValidator : AbstractValidator<ServiceForm>
    {
        public ServiceValidator(TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Service).NotNull().IsInEnum().NotEqual(ReferralServices.None);
            RuleFor(f => f.DeliveredOn).NotNull().Plausible(DateKind.Happened, clock, l);
            RuleFor(f => f.Note).MaximumLength(2000);
        }
    }

    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, Notifier notifier, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        /// <returns>The result with the case whose page the user goes back to (unless the referral is not found).</returns>
        public Task<CommandResult<int>> StepAsync(int referralId, Step step, StepForm form, ClaimsPrincipal user) =>
            ApplyAsync(referralId, form.Version, user, (referral, agencyId, userId, now) => step switch
            {
                Step.Accept => referral.Accept(agencyId, userId, now),
                Step.Decline => referral.Decline(agencyId, userId, protector.Seal(form.Text), now),
                Step.Complete => referral.Complete(agencyId, userId, protector.Seal(form.Text), now),
                _ => referral.Withdraw(agencyId, userId, protector.Seal(form.Text), now),
            });

        public Task<CommandResult<int>> RecordServiceAsync(int referralId, ServiceForm form, ClaimsPrincipal user) =>
            ApplyAsync(referralId, form.Version, user, (referral, agencyId, userId, now) =>
                referral.RecordService(agencyId, userId, form.Service!.Value, form.DeliveredOn!.Value, protector.Seal(form.Note), now));

        /// <summary>An invalid form: say so on the case page, if the user may see the referral at all.</summary>
        public async Task<CommandResult<int>> InvalidAsync(int referralId, ClaimsPrincipal user)
        {
            var agencyId = user.GetAgencyId() ?? 0;
            var caseId = await db.Referrals.Where(r => r.Id == referralId && (r.SendingAgencyId == agencyId || r.ReceivingAgencyId == agencyId))
                .Select(r => (int?)r.CaseId).SingleOrDefaultAsync();
            return caseId is { } id ? CommandResult.Invalid().With(id) : CommandResult.NotFound();
        }

        private async Task<CommandResult<int>> ApplyAsync(int referralId, int version, ClaimsPrincipal user, Func<Referral, int, string, DateTime, ReferralResult> change)
        {
            if (!user.IsCaseStaff() || user.GetAgencyId() is not { } agencyId)
            {
                return CommandResult.NotFound();
            }

            var referral = await db.Referrals.Include(r => r.Case).Include(r => r.Transitions)
                .SingleOrDefaultAsync(r => r.Id == referralId && (r.SendingAgencyId == agencyId || r.ReceivingAgencyId == agencyId));
            if (referral is null)
            {
                return CommandResult.NotFound();
            }

            if (referral.Version != version)
            {
                return ChangedMeanwhile(referral).With(referral.CaseId);
            }

            var userId = user.FindFirstValue(PortalClaims.UserId)!;
            var now = clock.GetUtcNow().UtcDateTime;
            var before = referral.State;
            var deliveries = referral.Deliveries.Count;
            var result = change(referral, agencyId, userId, now);
            if (!result.Succeeded)
            {
                return CommandResult.Refused(ReferralRuleMessages.For(result.Broken!.Value, l)).With(referral.CaseId);
            }

            RecordOnTimeline(referral, referral.Case, before, deliveries, userId, agencyId, now);

            var notify = referral.State != before && referral.State is not ReferralState.InProgress
                ? notifier.Add(referral.State == ReferralState.Withdrawn ? referral.ReceivingAgencyId : referral.SendingAgencyId,
                    NotificationKind.ReferralAnswered, referral.CaseId, referral.Case.Number, referral.Id)
                : null;
            var saved = await db.SaveOrRefuseAsync(async () =>
            {
                // Say what the referral is now.
                db.ChangeTracker.Clear();
                return ChangedMeanwhile(await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referralId));
            });
            if (!saved.IsDone)
            {
                return saved.With(referral.CaseId);
            }

            if (notify is not null)
            {
                await notifier.SendEmailsAsync([notify]);
            }

            await audit.RecordAsync(AuditAction.StatusChange, nameof(Referral), referral.Id,
                referral.State != before ? $"State {before}->{referral.State}" : "Service", user);
            return CommandResult.Done(referral.CaseId);
        }

        private CommandResult ChangedMeanwhile(Referral referral) =>
            CommandResult.Refused(l["Someone else answered this referral meanwhile. It is now: {0}.", l["ReferralState " + referral.State]]);
    }

    /// <summary>
    /// What a step of the referral leaves on its case's timeline: the new state (accepted, declined, completed,
    /// withdrawn) and a delivered service. Also used to write invented referrals in bulk (<c>BulkCases</c>).
    /// </summary>
    public static void RecordOnTimeline(Referral referral, Case @case, ReferralState before, int deliveriesBefore, string userId, int agencyId, DateTime now)
    {
        if (referral.State != before && TimelineKind(referral.State) is { } kind)
        {
            @case.RecordOnTimeline(kind, userId, agencyId, now);
        }

        if (referral.Deliveries.Count > deliveriesBefore)
        {
            @case.RecordOnTimeline(CaseEventKind.ServiceDelivered, userId, agencyId, now);
        }
    }

    private static CaseEventKind? TimelineKind(ReferralState state) => state switch
    {
        ReferralState.Accepted => CaseEventKind.ReferralAccepted,
        ReferralState.Declined => CaseEventKind.ReferralDeclined,
        ReferralState.Completed => CaseEventKind.ReferralCompleted,
        ReferralState.Withdrawn => CaseEventKind.ReferralWithdrawn,
        _ => null,
    };
}
