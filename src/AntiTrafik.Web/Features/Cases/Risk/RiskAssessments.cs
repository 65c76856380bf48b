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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Risk;

/// <summary>
/// The case's risk and vulnerability assessments, newest first, and recording a new one. The institutions working on
/// the case read the safety plans and reasons; the coordinator's office sees the levels and dates only.
/// </summary>
public static class RiskAssessments
{
    public sealed record Row(RiskOccasion Occasion, DateOnly AssessedOn, RiskLevel ReTrafficking, RiskLevel TraffickerThreats,
        RiskLevel Health, RiskLevel Family, RiskLevel Level, string? SafetyPlan, string? Reasons, string Agency, string User);

    public sealed record Model(Details.Model Case, IReadOnlyList<Row> Rows, bool CanAssess, bool ShowsText)
    {
        public Row? Latest => Rows.Count > 0 ? Rows[0] : null;
    }

    public sealed class Form
    {
        [Display(Name = "When")] public RiskOccasion? Occasion { get; set; }
        [Display(Name = "Assessed on")] public DateOnly? AssessedOn { get; set; }
        [Display(Name = "Risk of being trafficked again")] public RiskLevel? ReTrafficking { get; set; }
        [Display(Name = "Threats from traffickers")] public RiskLevel? TraffickerThreats { get; set; }
        [Display(Name = "Health")] public RiskLevel? Health { get; set; }
        [Display(Name = "Family")] public RiskLevel? Family { get; set; }
        [Display(Name = "Safety plan")] public string? SafetyPlan { get; set; }
        [Display(Name = "Reasons")] public string? Reasons { get; set; }
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Occasion).NotNull().IsInEnum();
            RuleFor(f => f.AssessedOn).Cascade(CascadeMode.Stop).NotNull()
                .Must(d => d is null || d <= PortalTime.Today(clock)).WithMessage(_ => l["An assessment cannot be dated in the future."])
                .Plausible(DateKind.Happened, clock, l);
            RuleFor(f => f.ReTrafficking).NotNull().IsInEnum();
            RuleFor(f => f.TraffickerThreats).NotNull().IsInEnum();
            RuleFor(f => f.Health).NotNull().IsInEnum();
            RuleFor(f => f.Family).NotNull().IsInEnum();
            RuleFor(f => f.SafetyPlan).MaximumLength(8000);
            RuleFor(f => f.SafetyPlan).NotEmpty()
                .When(f => new[] { f.ReTrafficking, f.TraffickerThreats, f.Health, f.Family }.Any(level => level >= RiskLevel.Medium))
                .WithMessage(_ => l["A medium or high risk needs a safety plan."]);
            RuleFor(f => f.Reasons).NotEmpty().MaximumLength(4000);
        }
    }

    public sealed class Handler(
        AppDbContext db,
        Details.Handler details,
        PersonalDataProtector protector,
        IAuthorizationService authorization,
        ReferenceNames names,
        AuditTrail audit,
        TimeProvider clock,
        IStringLocalizer<SharedResource> l)
    {
        public async Task<Model?> LoadAsync(int caseId, ClaimsPrincipal user)
        {
            var @case = await details.LoadAsync(caseId, user);
            if (@case is null)
            {
                return null;
            }

            var shows = @case.Can.ReadIdentity;
            var directory = await names.GetAsync();
            var rows = (await db.RiskAssessments.AsNoTracking().Where(r => r.CaseId == caseId)
                    .OrderByDescending(r => r.AssessedOn).ThenByDescending(r => r.Id).ToListAsync())
                .Select(r => new Row(r.Occasion, r.AssessedOn, r.ReTrafficking, r.TraffickerThreats, r.Health, r.Family, r.Level,
                    shows ? protector.Unseal(r.ProtectedSafetyPlan) : null, shows ? protector.Unseal(r.ProtectedReasons) : null,
                    directory.Agency(r.AgencyId), directory.User(r.UserId)))
                .ToList();
            return new Model(@case, rows, @case.Can.AssessRisk && !@case.Case.IsClosed, shows);
        }

        /// <summary>A new assessment's form: today, and the occasion the case is at.</summary>
        public Form NewForm(Model model) => new()
        {
            AssessedOn = PortalTime.Today(clock),
            Occasion = model.Rows.Count == 0 ? RiskOccasion.AtIdentification : null,
        };

        /// <param name="formIsValid">False when the form has errors: the access check still runs first.</param>
        public async Task<CommandResult> RecordAsync(int caseId, Form form, ClaimsPrincipal user, bool formIsValid = true)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user), caseId, user, CaseOperations.AssessRisk);
            if (@case is null)
            {
                return Actions.Refusal(access);
            }

            if (!formIsValid)
            {
                return CommandResult.Invalid();
            }

            var userId = user.GetUserId()!;
            var agencyId = user.GetAgencyId()!.Value;
            if (@case.RecordCasework(CaseEventKind.RiskAssessed, userId, agencyId, clock.GetUtcNow().UtcDateTime) is { Succeeded: false } refused)
            {
                return CommandResult.Refused(CaseRuleMessages.For(refused.Broken!.Value, l));
            }

            db.RiskAssessments.Add(RiskAssessment.Record(caseId, form.Occasion!.Value, form.AssessedOn!.Value,
                form.ReTrafficking!.Value, form.TraffickerThreats!.Value, form.Health!.Value, form.Family!.Value,
                protector.Seal(form.SafetyPlan), protector.Seal(form.Reasons), agencyId, userId));
            await db.SaveChangesAsync();
            await audit.RecordAsync(AuditAction.Update, nameof(Case), caseId, "RiskAssessment", user);
            return CommandResult.Done();
        }
    }
}
