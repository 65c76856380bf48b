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
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Child;

/// <summary>
/// A child's pathway at /Cases/{id}/Child (a case about an adult has none: 404). The institutions working on the case
/// record it and read its words; the coordinator's office sees the dates and steps.
/// </summary>
public static class ChildPathways
{
    public sealed record View(string? GuardianName, DateOnly? GuardianAppointedOn, GuardianAppointer? GuardianAppointedBy, string? ChildProtectionUnit,
        DateOnly? AssessedOn, DateOnly? DeterminedOn, string? Determination, FamilyTracing FamilyTracing, string? ChildViews, DateOnly? ChildHeardOn);

    /// <param name="Next">The next step missing and its deadline.</param>
    public sealed record Model(Details.Model Case, View? Pathway, (ChildStep Step, DateOnly Due)? Next, bool IsLate, bool CanRecord, bool ShowsText);

    public sealed class Form
    {
        public int Version { get; set; }
        [Display(Name = "Guardian")] public string? GuardianName { get; set; }
        [Display(Name = "Appointed on")] public DateOnly? GuardianAppointedOn { get; set; }
        [Display(Name = "Appointed by")] public GuardianAppointer? GuardianAppointedBy { get; set; }
        [Display(Name = "Child-protection unit")] public int? ChildProtectionUnitId { get; set; }
        [Display(Name = "Best interests assessed on")] public DateOnly? AssessedOn { get; set; }
        [Display(Name = "Best interests determined on")] public DateOnly? DeterminedOn { get; set; }
        [Display(Name = "The determination")] public string? Determination { get; set; }
        [Display(Name = "Family tracing")] public FamilyTracing FamilyTracing { get; set; }
        [Display(Name = "The child's own views")] public string? ChildViews { get; set; }
        [Display(Name = "Child heard on")] public DateOnly? ChildHeardOn { get; set; }
        public IReadOnlyList<SelectListItem> AgencyChoices { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            var future = l["The date cannot be in the future."];
            RuleFor(f => f.GuardianName).MaximumLength(200);
            RuleFor(f => f.GuardianName).NotEmpty().When(f => f.GuardianAppointedOn is not null).WithMessage(_ => l["Name the guardian appointed."]);
            RuleFor(f => f.GuardianAppointedBy).NotNull().IsInEnum().When(f => f.GuardianAppointedOn is not null);
            RuleFor(f => f.GuardianAppointedOn).NotNull().When(f => !string.IsNullOrWhiteSpace(f.GuardianName)).WithMessage(_ => l["Give the day the guardian was appointed."]);
            RuleFor(f => f.ChildProtectionUnitId)
                .MustAsync(async (id, ct) => id is null || await db.Agencies.AnyAsync(a => a.Id == id && a.IsActive, ct))
                .WithMessage(_ => l["Choose an active institution."]);
            RuleFor(f => f.DeterminedOn).Null().When(f => f.AssessedOn is null).WithMessage(_ => l["The best interests are determined after they are assessed."]);
            RuleFor(f => f.DeterminedOn).GreaterThanOrEqualTo(f => f.AssessedOn).When(f => f.AssessedOn is not null && f.DeterminedOn is not null)
                .WithMessage(_ => l["The best interests are determined after they are assessed."]);
            RuleFor(f => f.Determination).MaximumLength(4000);
            RuleFor(f => f.Determination).NotEmpty().When(f => f.DeterminedOn is not null).WithMessage(_ => l["Write the determination."]);
            RuleFor(f => f.ChildViews).MaximumLength(4000);
            RuleFor(f => f.FamilyTracing).IsInEnum();
            foreach (var date in new System.Linq.Expressions.Expression<Func<Form, DateOnly?>>[] { f => f.GuardianAppointedOn, f => f.AssessedOn, f => f.DeterminedOn, f => f.ChildHeardOn })
            {
                RuleFor(date).Cascade(CascadeMode.Stop).Must(d => d is null || d <= PortalTime.Today(clock)).WithMessage(_ => future)
                    .Plausible(DateKind.Happened, clock, l);
            }
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
            if (@case is null || !@case.Case.IsMinor)
            {
                return null;
            }

            var shows = @case.Can.ReadIdentity;
            var p = await db.ChildPathways.AsNoTracking().SingleOrDefaultAsync(x => x.CaseId == caseId);
            var directory = await names.GetAsync();
            var next = ChildPathway.NextStep(@case.Case.IdentifiedOn, p?.GuardianAppointedOn, p?.AssessedOn, p?.DeterminedOn);
            var view = p is null ? null : new View(shows ? protector.Unseal(p.ProtectedGuardianName) : null, p.GuardianAppointedOn, p.GuardianAppointedBy,
                p.ChildProtectionUnitId is { } unit ? directory.Agency(unit) : null, p.AssessedOn, p.DeterminedOn,
                shows ? protector.Unseal(p.ProtectedDetermination) : null, p.FamilyTracing, shows ? protector.Unseal(p.ProtectedChildViews) : null, p.ChildHeardOn);
            var canRecord = !@case.Case.IsClosed && (await authorization.AuthorizeAsync(user, CaseAccessFacts.From(@case.Case,
                @case.Referrals.Select(r => (r.ReceiverId, r.State))), CaseOperations.RecordChildPathway)).Succeeded;
            return new Model(@case, view, next, next is { } n && n.Due < PortalTime.Today(clock), canRecord, shows);
        }

        public async Task<Form> FormAsync(int caseId)
        {
            var p = await db.ChildPathways.AsNoTracking().SingleOrDefaultAsync(x => x.CaseId == caseId);
            var form = p is null ? new Form() : new Form
            {
                Version = p.Version,
                GuardianName = protector.Unseal(p.ProtectedGuardianName),
                GuardianAppointedOn = p.GuardianAppointedOn,
                GuardianAppointedBy = p.GuardianAppointedBy,
                ChildProtectionUnitId = p.ChildProtectionUnitId,
                AssessedOn = p.AssessedOn,
                DeterminedOn = p.DeterminedOn,
                Determination = protector.Unseal(p.ProtectedDetermination),
                FamilyTracing = p.FamilyTracing,
                ChildViews = protector.Unseal(p.ProtectedChildViews),
                ChildHeardOn = p.ChildHeardOn,
            };
            await PrepareAsync(form);
            return form;
        }

        public async Task<Form> PrepareAsync(Form form)
        {
            form.AgencyChoices = (await names.GetAsync()).Choices(l, keep: form.ChildProtectionUnitId is { } id ? [id] : null);
            return form;
        }

        public async Task<CommandResult> SaveAsync(int caseId, Form form, ClaimsPrincipal user, bool formIsValid)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user).AsNoTracking(), caseId, user, CaseOperations.RecordChildPathway);
            if (@case is null || !@case.IsMinor)
            {
                return @case is null ? Actions.Refusal(access) : CommandResult.NotFound();
            }

            if (@case.IsClosed)
            {
                return CommandResult.Refused(CaseRuleMessages.For(CaseRule.CaseIsClosed, l));
            }

            if (!formIsValid)
            {
                return CommandResult.Invalid();
            }

            var p = await db.ChildPathways.SingleOrDefaultAsync(x => x.CaseId == caseId);
            if (p is null)
            {
                p = ChildPathway.For(caseId);
                db.ChildPathways.Add(p);
            }
            else
            {
                db.Entry(p).Property(x => x.Version).OriginalValue = form.Version;
                db.Entry(p).State = EntityState.Modified;
            }

            p.ProtectedGuardianName = protector.Seal(form.GuardianName).Ciphertext;
            p.GuardianAppointedOn = form.GuardianAppointedOn;
            p.GuardianAppointedBy = form.GuardianAppointedOn is null ? null : form.GuardianAppointedBy;
            p.ChildProtectionUnitId = form.ChildProtectionUnitId;
            p.AssessedOn = form.AssessedOn;
            p.DeterminedOn = form.DeterminedOn;
            p.ProtectedDetermination = protector.Seal(form.Determination).Ciphertext;
            p.FamilyTracing = form.FamilyTracing;
            p.ProtectedChildViews = protector.Seal(form.ChildViews).Ciphertext;
            p.ChildHeardOn = form.ChildHeardOn;
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } conflict)
            {
                return conflict;
            }

            await audit.RecordAsync(AuditAction.Update, nameof(Case), caseId, "ChildPathway", user);
            return CommandResult.Done();
        }
    }
}
