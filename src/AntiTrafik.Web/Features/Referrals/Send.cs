using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Infrastructure.Notifications;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Features.Referrals;

/// <summary>A caseworker refers a case to another agency for named services.</summary>
public static class Send
{
    public sealed class Form
    {
        [Display(Name = "Refer to")] public int? ReceivingAgencyId { get; set; }
        [Display(Name = "Services asked for")] public List<ReferralServices> Services { get; set; } = [];
        [Display(Name = "Urgency")] public Urgency? Urgency { get; set; }
        [Display(Name = "Note for the receiver")] public string? Note { get; set; }
        [Display(Name = "Ground in the child's best interest")] public string? Ground { get; set; }
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(AppDbContext db, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.ReceivingAgencyId).NotNull()
                .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id && a.IsActive, ct))
                .WithMessage(_ => l["Choose an active institution."]);
            RuleFor(f => f.Services).NotEmpty().WithMessage(_ => l["Choose at least one service."]);
            RuleForEach(f => f.Services).IsInEnum().NotEqual(ReferralServices.None);
            RuleFor(f => f.Urgency).NotNull().IsInEnum();
            RuleFor(f => f.Note).MaximumLength(4000);
            RuleFor(f => f.Ground).MaximumLength(2000);
        }
    }

    public sealed class Handler(
        AppDbContext db,
        IAuthorizationService authorization,
        PersonalDataProtector protector,
        Notifier notifier,
        AuditTrail audit,
        IOptions<ReferralDeadlines> deadlines,
        TimeProvider clock,
        IStringLocalizer<SharedResource> l)
    {
        public async Task<CommandResult> SendAsync(int caseId, Form form, ClaimsPrincipal user, bool formIsValid = true)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user).Include(c => c.Consents), caseId, user, CaseOperations.Refer);
            if (@case is null)
            {
                return Cases.Actions.Refusal(access);
            }

            if (!formIsValid)
            {
                return CommandResult.Invalid();
            }

            var agencyId = user.GetAgencyId()!.Value;
            var userId = user.FindFirstValue(PortalClaims.UserId)!;
            var senderKind = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Kind).SingleAsync();
            var context = ContextOf(@case, agencyId, senderKind);
            var now = clock.GetUtcNow().UtcDateTime;
            var services = form.Services.Aggregate(ReferralServices.None, (all, s) => all | s);
            var result = Referral.Send(context, form.ReceivingAgencyId!.Value, userId, services, form.Urgency!.Value,
                deadlines.Value.For(form.Urgency.Value), protector.Seal(form.Note), protector.Seal(form.Ground), now, out var referral);
            if (!result.Succeeded)
            {
                return CommandResult.Refused(ReferralRuleMessages.For(result.Broken!.Value, l));
            }

            db.Referrals.Add(referral!);
            @case.RecordOnTimeline(CaseEventKind.ReferralSent, userId, agencyId, now);
            var saved = await db.SaveOrRefuseAsync(l);
            if (!saved.IsDone)
            {
                return saved;
            }

            var notification = notifier.Add(referral!.ReceivingAgencyId, NotificationKind.ReferralReceived, @case.Id, @case.Number, referral.Id);
            await db.SaveChangesAsync();
            await notifier.SendEmailsAsync([notification]);
            await audit.RecordAsync(AuditAction.Create, nameof(Referral), referral.Id, $"Case {@case.Id}", user);
            return CommandResult.Done();
        }
    }

    /// <summary>What the referral rule is told about the case and the sender (its consents must be loaded).</summary>
    public static ReferralContext ContextOf(Case @case, int sendingAgencyId, AgencyKind senderKind) =>
        new(@case.Id, @case.RegisteredAt, @case.IsClosed, @case.IsMinor, @case.CurrentConsent(ConsentSubject.DataSharing)?.Given, sendingAgencyId, senderKind);
}

/// <summary>The referral's rules, said to the user in their language.</summary>
public static class ReferralRuleMessages
{
    public static string For(ReferralRule rule, IStringLocalizer<SharedResource> l) => rule switch
    {
        ReferralRule.TransitionNotAllowed => l["This step is not possible in the referral's current state."],
        ReferralRule.OnlyTheReceiverMayAnswer => l["Only the receiving institution can do this."],
        ReferralRule.OnlyTheSenderMayWithdraw => l["Only the sending institution can withdraw the referral."],
        ReferralRule.ReasonRequired => l["Give a reason."],
        ReferralRule.OutcomeRequired => l["Describe the outcome."],
        ReferralRule.NoConsentToShare => l["The person has not agreed to sharing their data with other agencies: the case cannot be referred. Record their consent first."],
        ReferralRule.ChildReferralNeedsChildProtectionOrPolice => l["Without the guardian's consent, only child protection or police can refer a child's case."],
        ReferralRule.ChildReferralNeedsGround => l["Record the ground in the child's best interest."],
        ReferralRule.CannotReferToOwnAgency => l["Choose another institution than your own."],
        ReferralRule.CaseIsClosed => l["The case is closed. Reopen it first."],
        ReferralRule.NoServiceChosen => l["Choose at least one service."],
        _ => l["The change could not be saved."],
    };
}
