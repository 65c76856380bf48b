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

namespace AntiTrafik.Web.Features.Cases.Justice;

/// <summary>
/// The case's justice track: criminal proceedings with their hearings, compensation, and offences the person was
/// charged with because they were trafficked (non-punishment). Police and prosecution details are for the case's
/// police, the lead institution and the coordinator's office (<see cref="CaseOperations.ReadJustice"/>): an institution
/// that only received a referral sees the case but not this section (403).
/// </summary>
public static class JusticeTrack
{
    public sealed record HearingView(DateOnly On, string? Note);

    public sealed record ProceedingView(int Id, DateOnly ReportedOn, string? PoliceFile, string? ProsecutionOffice, string? ProsecutionFile,
        string? Court, string? CourtFile, Charge Charge, Charge? RequalifiedTo, bool LeftTheTraffickingArticles, ProceedingRole Role,
        ProtectionMeasures Protection, ProceedingStage Stage, ProceedingOutcome Outcome, int? SentenceMonths, IReadOnlyList<HearingView> Hearings);

    public sealed record CompensationView(int Id, CompensationSource Source, DateOnly ClaimedOn, decimal AmountClaimed, decimal? AmountAwarded, decimal? AmountPaid);

    public sealed record NonPunishmentView(int Id, string? Offence, DateOnly ChargedOn, NonPunishmentOutcome Outcome);

    public sealed record Model(Details.Model Case, IReadOnlyList<ProceedingView> Proceedings, IReadOnlyList<CompensationView> Compensation,
        IReadOnlyList<NonPunishmentView> NonPunishment, bool CanRecord, bool ShowsText);

    public sealed class ProceedingForm
    {
        public int Version { get; set; }
        [Display(Name = "Reported to the police on")] public DateOnly? ReportedOn { get; set; }
        [Display(Name = "Police file number")] public string? PoliceFile { get; set; }
        [Display(Name = "Prosecution office")] public string? ProsecutionOffice { get; set; }
        [Display(Name = "Prosecution file number")] public string? ProsecutionFile { get; set; }
        [Display(Name = "Court")] public string? Court { get; set; }
        [Display(Name = "Court file number")] public string? CourtFile { get; set; }
        [Display(Name = "Charge")] public Charge? Charge { get; set; }
        [Display(Name = "Re-qualified to")] public Charge? RequalifiedTo { get; set; }
        [Display(Name = "The person's role")] public ProceedingRole? Role { get; set; }
        [Display(Name = "Protection measures")] public List<ProtectionMeasures> Protection { get; set; } = [];
        [Display(Name = "Stage")] public ProceedingStage? Stage { get; set; }
        [Display(Name = "Outcome")] public ProceedingOutcome Outcome { get; set; }
        [Display(Name = "Sentence (months)")] public int? SentenceMonths { get; set; }
        [Display(Name = "Hearing on")] public DateOnly? HearingOn { get; set; }
        [Display(Name = "What happened at the hearing")] public string? HearingNote { get; set; }
    }

    public sealed class CompensationForm
    {
        [Display(Name = "Claimed from")] public CompensationSource? Source { get; set; }
        [Display(Name = "Claimed on")] public DateOnly? ClaimedOn { get; set; }
        [Display(Name = "Amount claimed (lek)")] public decimal? AmountClaimed { get; set; }
        [Display(Name = "Amount awarded (lek)")] public decimal? AmountAwarded { get; set; }
        [Display(Name = "Amount paid (lek)")] public decimal? AmountPaid { get; set; }
    }

    public sealed class NonPunishmentForm
    {
        [Display(Name = "Offence charged")] public string? Offence { get; set; }
        [Display(Name = "Charged on")] public DateOnly? ChargedOn { get; set; }
        [Display(Name = "What became of it")] public NonPunishmentOutcome Outcome { get; set; }
    }

    public sealed class ProceedingValidator : AbstractValidator<ProceedingForm>
    {
        public ProceedingValidator(TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.ReportedOn).Cascade(CascadeMode.Stop).NotNull().Must(d => d is null || d <= PortalTime.Today(clock))
                .WithMessage(_ => l["The date cannot be in the future."]).Plausible(DateKind.Happened, clock, l);
            RuleFor(f => f.HearingOn).Plausible(DateKind.Event, clock, l);
            RuleFor(f => f.Charge).NotNull().IsInEnum();
            RuleFor(f => f.RequalifiedTo).IsInEnum();
            RuleFor(f => f.Role).NotNull().IsInEnum();
            RuleFor(f => f.Stage).NotNull().IsInEnum();
            RuleFor(f => f.Outcome).IsInEnum();
            RuleForEach(f => f.Protection).IsInEnum();
            RuleFor(f => f.PoliceFile).MaximumLength(100);
            RuleFor(f => f.ProsecutionFile).MaximumLength(100);
            RuleFor(f => f.CourtFile).MaximumLength(100);
            RuleFor(f => f.ProsecutionOffice).MaximumLength(200);
            RuleFor(f => f.Court).MaximumLength(200);
            RuleFor(f => f.SentenceMonths).InclusiveBetween(1, 600);
            RuleFor(f => f.SentenceMonths).Null().When(f => f.Outcome != ProceedingOutcome.Convicted)
                .WithMessage(_ => l["A sentence is recorded only with a conviction."]);
            RuleFor(f => f.HearingNote).MaximumLength(2000);
            RuleFor(f => f.HearingOn).NotNull().When(f => !string.IsNullOrWhiteSpace(f.HearingNote))
                .WithMessage(_ => l["Give the hearing's date."]);
        }
    }

    public sealed class CompensationValidator : AbstractValidator<CompensationForm>
    {
        public CompensationValidator(TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Source).NotNull().IsInEnum();
            RuleFor(f => f.ClaimedOn).Cascade(CascadeMode.Stop).NotNull().Must(d => d is null || d <= PortalTime.Today(clock))
                .WithMessage(_ => l["The date cannot be in the future."]).Plausible(DateKind.Happened, clock, l);
            RuleFor(f => f.AmountClaimed).NotNull().GreaterThan(0).LessThan(1_000_000_000_000m);
            RuleFor(f => f.AmountAwarded).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
            RuleFor(f => f.AmountPaid).GreaterThanOrEqualTo(0)
                .Must((f, paid) => paid is null || (f.AmountAwarded is { } awarded && paid <= awarded))
                .WithMessage(_ => l["The amount paid cannot be more than the amount awarded."]);
        }
    }

    public sealed class NonPunishmentValidator : AbstractValidator<NonPunishmentForm>
    {
        public NonPunishmentValidator(TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Offence).NotEmpty().MaximumLength(2000);
            RuleFor(f => f.ChargedOn).Cascade(CascadeMode.Stop).NotNull().Must(d => d is null || d <= PortalTime.Today(clock))
                .WithMessage(_ => l["The date cannot be in the future."]).Plausible(DateKind.Happened, clock, l);
            RuleFor(f => f.Outcome).IsInEnum();
        }
    }

    public sealed class Handler(
        AppDbContext db,
        Details.Handler details,
        PersonalDataProtector protector,
        IAuthorizationService authorization,
        AuditTrail audit,
        IStringLocalizer<SharedResource> l)
    {
        /// <returns>Null for a case the reader does not see; the page's model with <see cref="CommandStatus.Forbidden"/> when they may not read it.</returns>
        public async Task<CommandResult<Model>> LoadAsync(int caseId, ClaimsPrincipal user)
        {
            var @case = await details.LoadAsync(caseId, user);
            if (@case is null)
            {
                return CommandResult.NotFound();
            }

            if (!@case.Can.ReadJustice)
            {
                return CommandResult.Forbidden();
            }

            // The coordinator's office reads the track for the national figures: the file numbers stay with those working on it.
            var shows = @case.Can.ReadIdentity;
            string? Open(string? sealedText) => shows ? protector.Unseal(sealedText) : null;
            var proceedings = await db.Proceedings.AsNoTracking().Include(p => p.Hearings).Where(p => p.CaseId == caseId)
                .OrderBy(p => p.ReportedOn).ThenBy(p => p.Id).ToListAsync();
            var compensation = await db.Compensations.AsNoTracking().Where(c => c.CaseId == caseId).OrderBy(c => c.ClaimedOn).ToListAsync();
            var nonPunishment = await db.NonPunishments.AsNoTracking().Where(n => n.CaseId == caseId).OrderBy(n => n.ChargedOn).ToListAsync();
            return CommandResult.Done(new Model(@case,
                proceedings.Select(p => new ProceedingView(p.Id, p.ReportedOn, Open(p.ProtectedPoliceFile), p.ProsecutionOffice, Open(p.ProtectedProsecutionFile),
                        p.Court, Open(p.ProtectedCourtFile), p.Charge, p.RequalifiedTo, p.LeftTheTraffickingArticles, p.Role, p.Protection, p.Stage, p.Outcome,
                        p.SentenceMonths, p.Hearings.OrderBy(h => h.On).Select(h => new HearingView(h.On, Open(h.ProtectedNote))).ToList()))
                    .ToList(),
                compensation.Select(c => new CompensationView(c.Id, c.Source, c.ClaimedOn, c.AmountClaimed, c.AmountAwarded, c.AmountPaid)).ToList(),
                nonPunishment.Select(n => new NonPunishmentView(n.Id, Open(n.ProtectedOffence), n.ChargedOn, n.Outcome)).ToList(),
                @case.Can.RecordJustice && !@case.Case.IsClosed,
                shows));
        }

        public async Task<CommandResult<ProceedingForm>> ProceedingFormAsync(int caseId, int? proceedingId, ClaimsPrincipal user)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user).AsNoTracking(), caseId, user, CaseOperations.RecordJustice);
            if (@case is null)
            {
                return Actions.Refusal(access);
            }

            if (proceedingId is null)
            {
                return CommandResult.Done(new ProceedingForm { Stage = ProceedingStage.ReportedToPolice });
            }

            var p = await db.Proceedings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == proceedingId && x.CaseId == caseId);
            return p is null
                ? CommandResult.NotFound()
                : CommandResult.Done(new ProceedingForm
                {
                    Version = p.Version,
                    ReportedOn = p.ReportedOn,
                    PoliceFile = protector.Unseal(p.ProtectedPoliceFile),
                    ProsecutionOffice = p.ProsecutionOffice,
                    ProsecutionFile = protector.Unseal(p.ProtectedProsecutionFile),
                    Court = p.Court,
                    CourtFile = protector.Unseal(p.ProtectedCourtFile),
                    Charge = p.Charge,
                    RequalifiedTo = p.RequalifiedTo,
                    Role = p.Role,
                    Protection = Enum.GetValues<ProtectionMeasures>().Where(m => m != ProtectionMeasures.None && p.Protection.HasFlag(m)).ToList(),
                    Stage = p.Stage,
                    Outcome = p.Outcome,
                    SentenceMonths = p.SentenceMonths,
                });
        }

        /// <param name="proceedingId">Null for new proceedings.</param>
        public Task<CommandResult> SaveProceedingAsync(int caseId, int? proceedingId, ProceedingForm form, ClaimsPrincipal user, bool formIsValid) =>
            RecordAsync(caseId, user, formIsValid, "Proceedings", async agencyId =>
            {
                Proceeding? p;
                if (proceedingId is null)
                {
                    p = Proceeding.For(caseId, agencyId);
                    db.Proceedings.Add(p);
                }
                else
                {
                    p = await db.Proceedings.SingleOrDefaultAsync(x => x.Id == proceedingId && x.CaseId == caseId);
                    if (p is null)
                    {
                        return CommandResult.NotFound();
                    }

                    db.Entry(p).Property(x => x.Version).OriginalValue = form.Version;
                    db.Entry(p).State = EntityState.Modified;
                }

                p.ReportedOn = form.ReportedOn!.Value;
                p.ProtectedPoliceFile = protector.Seal(form.PoliceFile).Ciphertext;
                p.ProsecutionOffice = Trimmed(form.ProsecutionOffice);
                p.ProtectedProsecutionFile = protector.Seal(form.ProsecutionFile).Ciphertext;
                p.Court = Trimmed(form.Court);
                p.ProtectedCourtFile = protector.Seal(form.CourtFile).Ciphertext;
                p.Charge = form.Charge!.Value;
                p.RequalifiedTo = form.RequalifiedTo == form.Charge ? null : form.RequalifiedTo;
                p.Role = form.Role!.Value;
                p.Protection = form.Protection.Aggregate(ProtectionMeasures.None, (all, m) => all | m);
                p.Stage = form.Stage!.Value;
                p.Outcome = form.Outcome;
                p.SentenceMonths = form.SentenceMonths;
                if (form.HearingOn is { } on)
                {
                    p.Hearings.Add(new Hearing(on, protector.Seal(form.HearingNote).Ciphertext));
                }

                return CommandResult.Done();
            });

        public Task<CommandResult> AddCompensationAsync(int caseId, CompensationForm form, ClaimsPrincipal user, bool formIsValid) =>
            RecordAsync(caseId, user, formIsValid, "Compensation", _ =>
            {
                var c = Compensation.Claimed(caseId);
                c.Source = form.Source!.Value;
                c.ClaimedOn = form.ClaimedOn!.Value;
                c.AmountClaimed = form.AmountClaimed!.Value;
                c.AmountAwarded = form.AmountAwarded;
                c.AmountPaid = form.AmountPaid;
                db.Compensations.Add(c);
                return Task.FromResult(CommandResult.Done());
            });

        public Task<CommandResult> AddNonPunishmentAsync(int caseId, NonPunishmentForm form, ClaimsPrincipal user, bool formIsValid) =>
            RecordAsync(caseId, user, formIsValid, "NonPunishment", _ =>
            {
                var n = NonPunishment.Recorded(caseId);
                n.ProtectedOffence = protector.Seal(form.Offence).Ciphertext ?? string.Empty;
                n.ChargedOn = form.ChargedOn!.Value;
                n.Outcome = form.Outcome;
                db.NonPunishments.Add(n);
                return Task.FromResult(CommandResult.Done());
            });

        private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

        private async Task<CommandResult> RecordAsync(int caseId, ClaimsPrincipal user, bool formIsValid, string audited, Func<int, Task<CommandResult>> change)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user).AsNoTracking(), caseId, user, CaseOperations.RecordJustice);
            if (@case is null)
            {
                return Actions.Refusal(access);
            }

            if (@case.IsClosed)
            {
                return CommandResult.Refused(CaseRuleMessages.For(CaseRule.CaseIsClosed, l));
            }

            if (!formIsValid)
            {
                return CommandResult.Invalid();
            }

            if (await change(user.GetAgencyId()!.Value) is { IsDone: false } refused)
            {
                return refused;
            }

            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } conflict)
            {
                return conflict;
            }

            await audit.RecordAsync(AuditAction.Update, nameof(Case), caseId, audited, user);
            return CommandResult.Done();
        }
    }
}
