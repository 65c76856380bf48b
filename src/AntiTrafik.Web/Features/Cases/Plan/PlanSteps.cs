using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Plan;

/// <summary>
/// The plan's steps after writing: the lead institution sends it to a supervisor, a supervisor approves it (never their
/// own), the lead records reviews, and a supervisor approves each review. Every step is on the case's timeline and in
/// the audit trail.
/// </summary>
public static class PlanSteps
{
    public sealed class ReviewForm
    {
        [Display(Name = "Reviewed on")] public DateOnly? ReviewedOn { get; set; }
        [Display(Name = "Progress")] public string? Progress { get; set; }

        /// <summary>Each goal's status after the review, by the goal's id.</summary>
        public Dictionary<int, GoalStatus> Goals { get; set; } = [];
    }

    public sealed class ReviewValidator : AbstractValidator<ReviewForm>
    {
        public ReviewValidator(TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.ReviewedOn).Cascade(CascadeMode.Stop).NotNull()
                .Must(d => d is null || d <= PortalTime.Today(clock)).WithMessage(_ => l["A review cannot be dated in the future."])
                .Plausible(DateKind.Happened, clock, l);
            RuleFor(f => f.Progress).NotEmpty().MaximumLength(4000);
            RuleFor(f => f.Goals).Must(goals => goals.Values.All(Enum.IsDefined));
        }
    }

    public static string Message(PlanRule rule, IStringLocalizer l) => rule switch
    {
        PlanRule.NoGoals => l["Add at least one goal before sending the plan for approval."],
        PlanRule.NotSubmitted => l["The plan has not been sent for approval."],
        PlanRule.OwnWork => l["A supervisor other than its author approves a plan or a review."],
        PlanRule.NotApproved => l["The plan is reviewed once it is approved."],
        PlanRule.ReviewWaiting => l["The last review still waits for approval."],
        PlanRule.NoSuchReview => l["There is no review waiting for approval."],
        _ => l["This cannot be done now."],
    };

    public sealed class Handler(
        AppDbContext db,
        PersonalDataProtector protector,
        IAuthorizationService authorization,
        AuditTrail audit,
        TimeProvider clock,
        IStringLocalizer<SharedResource> l)
    {
        public Task<CommandResult> SubmitAsync(int caseId, ClaimsPrincipal user) =>
            StepAsync(caseId, user, CaseOperations.Edit, CaseEventKind.PlanSubmitted, "PlanSubmitted",
                (plan, userId, now) => plan.Submit(userId, now));

        public Task<CommandResult> ApproveAsync(int caseId, ClaimsPrincipal user) =>
            StepAsync(caseId, user, CaseOperations.ApprovePlan, CaseEventKind.PlanApproved, "PlanApproved",
                (plan, userId, now) => plan.Approve(userId, now, PortalTime.Today(clock)));

        public Task<CommandResult> ReviewAsync(int caseId, ReviewForm form, ClaimsPrincipal user, bool formIsValid = true) =>
            StepAsync(caseId, user, CaseOperations.Edit, CaseEventKind.PlanReviewed, "PlanReview",
                (plan, userId, now) => plan.Review(form.ReviewedOn!.Value, protector.Seal(form.Progress), form.Goals, userId, now), formIsValid);

        public Task<CommandResult> ApproveReviewAsync(int caseId, int number, ClaimsPrincipal user) =>
            StepAsync(caseId, user, CaseOperations.ApprovePlan, CaseEventKind.PlanReviewApproved, "PlanReviewApproved",
                (plan, userId, now) => plan.ApproveReview(number, userId, now));

        /// <summary>The form for a review: every goal still open or achieved, at its present status.</summary>
        public async Task<ReviewForm> ReviewFormAsync(int caseId) => new()
        {
            ReviewedOn = PortalTime.Today(clock),
            Goals = await db.AssistancePlans.AsNoTracking().Where(p => p.CaseId == caseId).SelectMany(p => p.Goals)
                .ToDictionaryAsync(g => g.Id, g => g.Status),
        };

        private async Task<CommandResult> StepAsync(int caseId, ClaimsPrincipal user, OperationAuthorizationRequirement operation,
            CaseEventKind kind, string audited, Func<AssistancePlan, string, DateTime, PlanRuleResult> step, bool formIsValid = true)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user), caseId, user, operation);
            if (@case is null)
            {
                return Actions.Refusal(access);
            }

            if (!formIsValid)
            {
                return CommandResult.Invalid();
            }

            var plan = await db.AssistancePlans.Include(p => p.Goals).Include(p => p.Reviews).AsSplitQuery()
                .SingleOrDefaultAsync(p => p.CaseId == caseId);
            if (plan is null)
            {
                return CommandResult.Refused(l["The case has no assistance plan yet."]);
            }

            var userId = user.GetUserId()!;
            var now = clock.GetUtcNow().UtcDateTime;
            if (@case.RecordCasework(kind, userId, user.GetAgencyId()!.Value, now) is { Succeeded: false } closed)
            {
                return CommandResult.Refused(CaseRuleMessages.For(closed.Broken!.Value, l));
            }

            if (step(plan, userId, now) is { Succeeded: false } refused)
            {
                return CommandResult.Refused(Message(refused.Broken!.Value, l));
            }

            // Two supervisors approving at once, or a review and an edit crossing: the plan's version decides.
            db.Entry(plan).State = EntityState.Modified;
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } conflict)
            {
                return conflict;
            }

            await audit.RecordAsync(AuditAction.Update, nameof(Case), caseId, audited, user);
            return CommandResult.Done();
        }
    }
}
