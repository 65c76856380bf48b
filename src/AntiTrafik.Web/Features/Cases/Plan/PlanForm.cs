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
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Plan;

/// <summary>
/// Writing the assistance plan: the needs in each area, and the goals with the services toward them, the institution
/// responsible and a date. The lead institution writes it; saving a plan already approved sends it back for approval.
/// </summary>
public static class PlanForm
{
    /// <summary>Blank goal rows offered under the plan's goals: a plan is written a few goals at a time.</summary>
    public const int BlankGoals = 3;

    public sealed class Form
    {
        /// <summary>The plan's version when the form was opened (0 for a new plan).</summary>
        public int Version { get; set; }

        [Display(Name = "Written with the person, who agrees with it")]
        public bool AgreedWithPerson { get; set; }

        [Display(Name = "The person's own views and wishes")]
        public string? PersonViews { get; set; }

        [Display(Name = "Review every (months)")]
        public int ReviewEveryMonths { get; set; } = AssistancePlan.DefaultReviewMonths;

        public List<NeedRow> Needs { get; set; } = [];

        public List<GoalRow> Goals { get; set; } = [];

        /// <summary>The institutions a goal may name (filled for the page, never posted).</summary>
        public IReadOnlyList<SelectListItem> AgencyChoices { get; set; } = [];
    }

    public sealed class NeedRow
    {
        public NeedArea Area { get; set; }
        [Display(Name = "Need")] public NeedLevel Level { get; set; }
        [Display(Name = "What the person needs")] public string? Note { get; set; }
    }

    public sealed class GoalRow
    {
        public int? Id { get; set; }
        [Display(Name = "Area")] public NeedArea? Area { get; set; }
        [Display(Name = "Goal")] public string? Text { get; set; }
        [Display(Name = "Institution responsible")] public int? ResponsibleAgencyId { get; set; }
        [Display(Name = "Due by")] public DateOnly? DueOn { get; set; }
        [Display(Name = "Services toward it")] public List<ReferralServices> Services { get; set; } = [];
        [Display(Name = "Status")] public GoalStatus Status { get; set; }

        /// <summary>A new row left empty: not a goal.</summary>
        public bool IsBlank => Id is null && Area is null && string.IsNullOrWhiteSpace(Text) && ResponsibleAgencyId is null && DueOn is null && Services.Count == 0;
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.PersonViews).MaximumLength(4000);
            RuleFor(f => f.ReviewEveryMonths).InclusiveBetween(1, 12)
                .WithMessage(_ => l["A plan is reviewed every 1 to 12 months."]);
            RuleFor(f => f.Needs).Must(n => n.Select(x => x.Area).Distinct().Count() == n.Count)
                .WithMessage(_ => l["Each area is assessed once."]);
            RuleForEach(f => f.Needs).ChildRules(need =>
            {
                need.RuleFor(n => n.Area).IsInEnum();
                need.RuleFor(n => n.Level).IsInEnum();
                need.RuleFor(n => n.Note).MaximumLength(2000);
            });
            RuleForEach(f => f.Goals).ChildRules(goal =>
            {
                goal.RuleFor(g => g.Area).NotNull().IsInEnum().Unless(g => g.IsBlank);
                goal.RuleFor(g => g.Text).NotEmpty().MaximumLength(2000).Unless(g => g.IsBlank);
                goal.RuleFor(g => g.ResponsibleAgencyId).NotNull().Unless(g => g.IsBlank)
                    .MustAsync(async (id, ct) => id is null || await db.Agencies.AnyAsync(a => a.Id == id && a.IsActive, ct))
                    .WithMessage(_ => l["Choose an active institution."]);
                goal.RuleFor(g => g.DueOn).NotNull().Unless(g => g.IsBlank);
                goal.RuleFor(g => g.DueOn).Plausible(DateKind.Deadline, clock, l);
                goal.RuleFor(g => g.Status).IsInEnum();
                goal.RuleForEach(g => g.Services).IsInEnum();
            });
        }
    }

    public sealed class Handler(
        AppDbContext db,
        PersonalDataProtector protector,
        IAuthorizationService authorization,
        ReferenceNames names,
        AuditTrail audit,
        TimeProvider clock,
        IStringLocalizer<SharedResource> l)
    {
        /// <summary>The form for the plan as it stands (or a new one), for the lead institution.</summary>
        public async Task<CommandResult<Form>> OpenAsync(int caseId, ClaimsPrincipal user)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user).AsNoTracking(), caseId, user, CaseOperations.Edit);
            if (@case is null)
            {
                return Actions.Refusal(access).With<Form>(null!);
            }

            var plan = await db.AssistancePlans.AsNoTracking().AsSplitQuery().Include(p => p.Needs).Include(p => p.Goals)
                .SingleOrDefaultAsync(p => p.CaseId == caseId);
            var form = plan is null
                ? new Form()
                : new Form
                {
                    Version = plan.Version,
                    AgreedWithPerson = plan.AgreedWithPerson,
                    PersonViews = protector.Unseal(plan.ProtectedPersonViews),
                    ReviewEveryMonths = plan.ReviewEveryMonths,
                    Needs = plan.Needs.Select(n => new NeedRow { Area = n.Area, Level = n.Level, Note = protector.Unseal(n.ProtectedNote) }).ToList(),
                    Goals = plan.Goals.OrderBy(g => g.DueOn).ThenBy(g => g.Id).Select(g => new GoalRow
                    {
                        Id = g.Id,
                        Area = g.Area,
                        Text = protector.Unseal(g.ProtectedText),
                        ResponsibleAgencyId = g.ResponsibleAgencyId,
                        DueOn = g.DueOn,
                        Services = Enum.GetValues<ReferralServices>().Where(s => s != ReferralServices.None && g.Services.HasFlag(s)).ToList(),
                        Status = g.Status,
                    }).ToList(),
                };
            await PrepareAsync(form);
            return CommandResult.Done(form);
        }

        /// <summary>Every area once, in order, and blank goal rows under the goals: for a new form and for one shown again.</summary>
        public async Task<Form> PrepareAsync(Form form)
        {
            form.Needs = Enum.GetValues<NeedArea>()
                .Select(area => form.Needs.FirstOrDefault(n => n.Area == area) ?? new NeedRow { Area = area })
                .ToList();
            form.Goals = form.Goals.Where(g => !g.IsBlank).Concat(Enumerable.Range(0, BlankGoals).Select(_ => new GoalRow())).ToList();
            var directory = await names.GetAsync();
            form.AgencyChoices = directory.Choices(l, keep: form.Goals.Where(g => g.ResponsibleAgencyId is not null).Select(g => g.ResponsibleAgencyId!.Value));
            return form;
        }

        /// <param name="formIsValid">False when the form has errors: the access check still runs first.</param>
        public async Task<CommandResult> SaveAsync(int caseId, Form form, ClaimsPrincipal user, bool formIsValid = true)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user), caseId, user, CaseOperations.Edit);
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
            var now = clock.GetUtcNow().UtcDateTime;
            if (@case.RecordCasework(CaseEventKind.PlanWritten, userId, agencyId, now) is { Succeeded: false } refused)
            {
                return CommandResult.Refused(CaseRuleMessages.For(refused.Broken!.Value, l));
            }

            var plan = await db.AssistancePlans.AsSplitQuery().Include(p => p.Needs).Include(p => p.Goals)
                .SingleOrDefaultAsync(p => p.CaseId == caseId);
            if (plan is null)
            {
                if (form.Version != 0)
                {
                    return CommandResult.Refused(l["Someone else changed this record while you were editing it. Reload and try again."]);
                }

                plan = AssistancePlan.Start(caseId, agencyId);
                db.AssistancePlans.Add(plan);
            }
            else
            {
                db.Entry(plan).Property(p => p.Version).OriginalValue = form.Version;
                db.Entry(plan).State = EntityState.Modified;
            }

            var goals = form.Goals.Where(g => !g.IsBlank).ToList();
            if (goals.Any(g => g.Id is { } id && plan.Goals.All(existing => existing.Id != id)))
            {
                return CommandResult.Refused(l["Someone else changed this record while you were editing it. Reload and try again."]);
            }

            plan.Write(agencyId, form.AgreedWithPerson, protector.Seal(form.PersonViews), form.ReviewEveryMonths,
                form.Needs.Select(n => (n.Area, n.Level, protector.Seal(n.Note))),
                goals.Select(g => new GoalInput(g.Id, g.Area!.Value, protector.Seal(g.Text), g.ResponsibleAgencyId!.Value, g.DueOn!.Value,
                    g.Services.Aggregate(ReferralServices.None, (all, s) => all | s), g.Status)).ToList());
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } conflict)
            {
                return conflict;
            }

            await audit.RecordAsync(AuditAction.Update, nameof(Case), caseId, "Plan", user);
            return CommandResult.Done();
        }
    }
}
