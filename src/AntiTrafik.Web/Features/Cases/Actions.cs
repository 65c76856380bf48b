using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AntiTrafik.Data;
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
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>
/// What people do on an open case page: record a joint-interview assessment, open a reconsideration,
/// close and reopen, add a note, record consent, and (the coordinator's office) reveal the identity.
/// Each loads the case through the user's scope, asks the authorization handler, and lets the case
/// apply its own rule.
/// </summary>
public static class Actions
{
    public sealed class AssessForm
    {
        [Display(Name = "Finding")] public Finding? Finding { get; set; }
        [Display(Name = "Reasons")] public string? Reasons { get; set; }
    }

    public sealed class ReasonForm
    {
        [Display(Name = "Reason")] public string? Reason { get; set; }
    }

    public sealed class CloseForm
    {
        [Display(Name = "Reason for closing")] public ClosureReason? Reason { get; set; }
        [Display(Name = "Note")] public string? Note { get; set; }
    }

    public sealed class NoteForm
    {
        [Display(Name = "Note")] public string? Text { get; set; }
    }

    public sealed class LeadOfferForm
    {
        [Display(Name = "Hand the lead to")] public int? AgencyId { get; set; }
    }

    public sealed class LeadOfferValidator : AbstractValidator<LeadOfferForm>
    {
        public LeadOfferValidator(AppDbContext db, IStringLocalizer<SharedResource> l) =>
            RuleFor(f => f.AgencyId).NotNull()
                .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id && a.IsActive, ct))
                .WithMessage(_ => l["Choose an active institution."]);
    }

    public sealed class ConsentForm
    {
        [Display(Name = "Consent to")] public ConsentSubject? Subject { get; set; }
        [Display(Name = "Agrees")] public bool? Given { get; set; }
        [Display(Name = "Consent given by")] public ConsentGiver? GivenBy { get; set; }
    }

    public sealed class AssessValidator : AbstractValidator<AssessForm>
    {
        public AssessValidator()
        {
            RuleFor(f => f.Finding).NotNull().IsInEnum();
            RuleFor(f => f.Reasons).NotEmpty().MaximumLength(4000);
        }
    }

    public sealed class ReasonValidator : AbstractValidator<ReasonForm>
    {
        public ReasonValidator() => RuleFor(f => f.Reason).NotEmpty().MaximumLength(1000);
    }

    public sealed class CloseValidator : AbstractValidator<CloseForm>
    {
        public CloseValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Reason).NotNull().IsInEnum();
            RuleFor(f => f.Note).MaximumLength(2000);
            RuleFor(f => f.Note).NotEmpty().When(f => f.Reason == ClosureReason.Other)
                .WithMessage(_ => l["Say why, when the reason is 'other'."]);
        }
    }

    public sealed class NoteValidator : AbstractValidator<NoteForm>
    {
        public NoteValidator() => RuleFor(f => f.Text).NotEmpty().MaximumLength(4000);
    }

    public sealed class ConsentValidator : AbstractValidator<ConsentForm>
    {
        public ConsentValidator()
        {
            RuleFor(f => f.Subject).NotNull().IsInEnum();
            RuleFor(f => f.Given).NotNull();
            RuleFor(f => f.GivenBy).NotNull().IsInEnum();
        }
    }

    /// <summary>The refusal for a case the gate did not open: 404 for a case the user cannot see, otherwise 403.</summary>
    public static CommandResult Refusal(CaseAccessOutcome access) =>
        access == CaseAccessOutcome.NotFound ? CommandResult.NotFound() : CommandResult.Forbidden();

    public sealed class Handler(
        AppDbContext db,
        PersonalDataProtector protector,
        Notifier notifier,
        IAuthorizationService authorization,
        AuditTrail audit,
        TimeProvider clock,
        IStringLocalizer<SharedResource> l)
    {
        public Task<CommandResult> AssessAsync(int id, AssessingSide side, AssessForm form, ClaimsPrincipal user, bool formIsValid = true) =>
            ApplyAsync(id, user, formIsValid, side == AssessingSide.Police ? CaseOperations.AssessAsPolice : CaseOperations.AssessAsSocialService,
                AuditAction.StatusChange, "Assessment,Status",
                (c, userId, agencyId, now) => c.RecordAssessment(side, agencyId, userId, form.Finding!.Value, protector.Seal(form.Reasons), now));

        public Task<CommandResult> ReconsiderAsync(int id, ReasonForm form, ClaimsPrincipal user, bool formIsValid = true) =>
            ApplyAsync(id, user, formIsValid, CaseOperations.Reconsider, AuditAction.StatusChange, "Status,IdentificationRound",
                (c, userId, agencyId, now) => c.OpenReconsideration(userId, agencyId, protector.Seal(form.Reason), now));

        public Task<CommandResult> CloseAsync(int id, CloseForm form, ClaimsPrincipal user, bool formIsValid = true) =>
            ApplyAsync(id, user, formIsValid, CaseOperations.CloseOrReopen, AuditAction.StatusChange, "ClosedAt,ClosureReason",
                (c, userId, agencyId, now) => c.Close(form.Reason!.Value, userId, agencyId, protector.Seal(form.Note), now));

        public Task<CommandResult> ReopenAsync(int id, ReasonForm form, ClaimsPrincipal user, bool formIsValid = true) =>
            ApplyAsync(id, user, formIsValid, CaseOperations.CloseOrReopen, AuditAction.StatusChange, "ClosedAt,ClosureReason",
                (c, userId, agencyId, now) => c.Reopen(userId, agencyId, protector.Seal(form.Reason), now));

        public Task<CommandResult> AddNoteAsync(int id, NoteForm form, ClaimsPrincipal user, bool formIsValid = true) =>
            ApplyAsync(id, user, formIsValid, CaseOperations.AddNote, AuditAction.Update, "Note",
                (c, userId, agencyId, now) => c.AddNote(protector.Seal(form.Text), userId, agencyId, now));

        public Task<CommandResult> RecordConsentAsync(int id, ConsentForm form, ClaimsPrincipal user, bool formIsValid = true) =>
            ApplyAsync(id, user, formIsValid, CaseOperations.Edit, AuditAction.Update, "Consent",
                (c, userId, agencyId, now) => c.RecordConsent(form.Subject!.Value, form.Given!.Value, form.GivenBy!.Value, userId, agencyId, now));

        public async Task<CommandResult> OfferLeadAsync(int id, LeadOfferForm form, ClaimsPrincipal user, bool formIsValid = true)
        {
            var offeringKind = await db.Agencies.Where(a => a.Id == user.GetAgencyId()).Select(a => a.Kind).SingleOrDefaultAsync();
            Notification? offered = null;
            var done = await ApplyAsync(id, user, formIsValid, CaseOperations.OfferLead, AuditAction.Update, "ProposedLeadAgency",
                (c, userId, agencyId, now) =>
                {
                    var result = c.OfferLead(form.AgencyId!.Value, offeringKind, userId, agencyId, now);
                    if (result.Succeeded)
                    {
                        offered = notifier.Add(form.AgencyId.Value, NotificationKind.LeadOffered, c.Id, c.Number, null);
                    }

                    return result;
                });
            if (done.IsDone && offered is not null)
            {
                await notifier.SendEmailsAsync([offered]);
            }

            return done;
        }

        public Task<CommandResult> AnswerLeadOfferAsync(int id, bool accept, ClaimsPrincipal user, bool formIsValid = true) =>
            ApplyAsync(id, user, formIsValid, CaseOperations.AnswerLeadOffer, AuditAction.Update, "LeadAgency",
                (c, userId, agencyId, now) => c.AnswerLeadOffer(accept, userId, agencyId, now));

        /// <summary>The coordinator's office records why it looks; the caller then shows the identity for this one response.</summary>
        public Task<CommandResult> RevealAsync(int id, ReasonForm form, ClaimsPrincipal user, bool formIsValid = true) =>
            ApplyAsync(id, user, formIsValid, CaseOperations.Reveal, AuditAction.RevealIdentity, "Identity",
                (c, userId, agencyId, now) => c.RecordIdentityRevealed(protector.Seal(form.Reason), userId, agencyId, now));

        /// <param name="formIsValid">False when the form has errors: the access check still runs first, so only someone
        /// who may make the change is shown the form again (<see cref="CommandStatus.Invalid"/>).</param>
        private async Task<CommandResult> ApplyAsync(int id, ClaimsPrincipal user, bool formIsValid, OperationAuthorizationRequirement operation,
            AuditAction action, string fields, Func<Case, string, int, DateTime, CaseRuleResult> change)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user).Include(c => c.Assessments).Include(c => c.Consents), id, user, operation);
            if (@case is null)
            {
                return Refusal(access);
            }

            if (!formIsValid)
            {
                return CommandResult.Invalid();
            }

            var outcome = change(@case, user.FindFirstValue(PortalClaims.UserId)!, user.GetAgencyId()!.Value, clock.GetUtcNow().UtcDateTime);
            if (!outcome.Succeeded)
            {
                return CommandResult.Refused(CaseRuleMessages.For(outcome.Broken!.Value, l));
            }

            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } refused)
            {
                return refused;
            }

            await audit.RecordAsync(action, nameof(Case), @case.Id, fields, user);
            return CommandResult.Done();
        }
    }
}

/// <summary>The case's rules, said to the user in their language.</summary>
public static class CaseRuleMessages
{
    public static string For(CaseRule rule, IStringLocalizer<SharedResource> l) => rule switch
    {
        CaseRule.CaseIsClosed => l["The case is closed. Reopen it first."],
        CaseRule.CaseIsOpen => l["The case is not closed."],
        CaseRule.IdentificationAlreadyDecided => l["Identification is already decided. Open a reconsideration to change it."],
        CaseRule.IdentificationNotDecided => l["Identification is not decided yet."],
        CaseRule.NotTheAssessingAgency => l["Only the institution named for the joint interview can record this assessment."],
        CaseRule.ReasonRequired => l["Give a reason."],
        CaseRule.ChildConsentNeedsGuardian => l["For a child, consent is given by a guardian or a child-protection worker."],
        CaseRule.LeadOfferNotAllowed => l["Only the lead institution can hand the lead to another institution."],
        CaseRule.NoLeadOffer => l["Your institution has not been offered the lead of this case."],
        CaseRule.LeadOfferNeedsConsent => l["The person has not agreed to sharing their data with other agencies: the lead cannot be handed over. Record their consent first (for a child, child protection or police may hand it over)."],
        _ => l["The change could not be saved."],
    };
}
