using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Trainings;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Trainings;

/// <summary>Recording a training: what, when, where, for whom, by whom, and who came (named, or counted by institution and sex).</summary>
public static class Edit
{
    public sealed class CountRow
    {
        [Display(Name = "Institution")] public int? AgencyId { get; set; }
        [Display(Name = "Other institution")] public string? Institution { get; set; }
        [Display(Name = "Women")] public int Women { get; set; }
        [Display(Name = "Men")] public int Men { get; set; }
        [Display(Name = "Not specified")] public int Unspecified { get; set; }
        public bool IsEmpty => AgencyId is null && string.IsNullOrWhiteSpace(Institution) && Women + Men + Unspecified == 0;
    }

    public sealed class Form
    {
        public int? Id { get; set; }
        public int Version { get; set; }
        [Display(Name = "Title")] public string Title { get; set; } = string.Empty;
        [Display(Name = "Topic")] public string? Topic { get; set; }
        [Display(Name = "Kind of training")] public TrainingKind? Kind { get; set; }
        [Display(Name = "Programme")] public int? ProgrammeId { get; set; }
        [Display(Name = "From")] public DateOnly? StartsOn { get; set; }
        [Display(Name = "To")] public DateOnly? EndsOn { get; set; }
        [Display(Name = "County")] public int? CountyId { get; set; }
        [Display(Name = "City")] public string? City { get; set; }
        [Display(Name = "Venue")] public string? Venue { get; set; }
        [Display(Name = "Organiser")] public int? OrganiserAgencyId { get; set; }
        [Display(Name = "Partner organisations")] public string? Partners { get; set; }
        [Display(Name = "Funder")] public string? Funder { get; set; }
        [Display(Name = "Project")] public string? Project { get; set; }
        [Display(Name = "Target audience")] public List<AgencyKind> Audience { get; set; } = [];
        [Display(Name = "Trainers")] public string? Trainers { get; set; }
        [Display(Name = "Module or materials")] public string? Materials { get; set; }
        [Display(Name = "State")] public ActivityState? State { get; set; } = ActivityState.Planned;
        [Display(Name = "Summary for the bulletin")] public string? Summary { get; set; }
        /// <summary>Named participants, a row each; rows left empty are ignored.</summary>
        [Display(Name = "Named participants")] public List<ParticipantRow> Participants { get; set; } = [];

        /// <summary>Sent by "Add another row" without script: show the form again with one more row, save nothing.</summary>
        public bool AddRow { get; set; }

        /// <summary>The rows the form shows: those sent, in their places, then empty ones (three for a first list, two after, one more when asked).</summary>
        public IReadOnlyList<ParticipantRow> RowsToShow()
        {
            var rows = Participants.ToList();
            var trailingEmpty = rows.AsEnumerable().Reverse().TakeWhile(p => p.IsEmpty).Count();
            var wanted = (rows.Count == trailingEmpty ? 3 : 2) + (AddRow ? 1 : 0);
            rows.AddRange(Enumerable.Range(0, Math.Max(0, wanted - trailingEmpty)).Select(_ => new ParticipantRow()));
            return rows;
        }
        public List<CountRow> Counts { get; set; } = [];

        [BindNever] public IReadOnlyList<SelectListItem> CountyChoices { get; set; } = [];
        [BindNever] public IReadOnlyList<SelectListItem> AgencyChoices { get; set; } = [];
        [BindNever] public IReadOnlyList<SelectListItem> ProgrammeChoices { get; set; } = [];
        public bool IsNew => Id is null;
    }

    public sealed class ParticipantRow
    {
        [Display(Name = "Name")] public string? Name { get; set; }
        [Display(Name = "Function")] public string? Function { get; set; }
        [Display(Name = "Institution")] public string? Institution { get; set; }

        /// <summary>A portal user's e-mail address: links the participant to their account.</summary>
        [Display(Name = "E-mail of a portal account")] public string? Email { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Function) && string.IsNullOrWhiteSpace(Institution) && string.IsNullOrWhiteSpace(Email);
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Title).NotEmpty().MaximumLength(300);
            RuleFor(f => f.Topic).MaximumLength(300);
            RuleFor(f => f.Kind).NotNull().IsInEnum();
            RuleFor(f => f.State).NotNull().IsInEnum();
            RuleFor(f => f.StartsOn).NotNull().Plausible(DateKind.Event, clock, l);
            RuleFor(f => f.EndsOn).Plausible(DateKind.Event, clock, l)
                .Must((f, end) => end is null || f.StartsOn is null || end >= f.StartsOn)
                .WithMessage(_ => l["The end cannot come before the start."]);
            RuleFor(f => f.CountyId).MustAsync(async (id, ct) => id is null || await db.Counties.AnyAsync(c => c.Id == id, ct))
                .WithMessage(_ => l["Choose a county from the list."]);
            RuleFor(f => f.ProgrammeId).MustAsync(async (id, ct) => id is null || await db.Programmes.AnyAsync(p => p.Id == id, ct))
                .WithMessage(_ => l["Choose a programme from the list."]);
            RuleFor(f => f.OrganiserAgencyId).MustAsync(async (id, ct) => id is null || await db.Agencies.AnyAsync(a => a.Id == id, ct))
                .WithMessage(_ => l["Choose an active institution."]);
            RuleForEach(f => f.Audience).IsInEnum();
            RuleFor(f => f.City).MaximumLength(100);
            RuleFor(f => f.Venue).MaximumLength(200);
            RuleFor(f => f.Partners).MaximumLength(1000);
            RuleFor(f => f.Funder).MaximumLength(200);
            RuleFor(f => f.Project).MaximumLength(300);
            RuleFor(f => f.Trainers).MaximumLength(500);
            RuleFor(f => f.Materials).MaximumLength(1000);
            RuleFor(f => f.Summary).MaximumLength(4000);
            RuleFor(f => f.Participants).Must(rows => rows.Count <= 500).WithMessage(_ => l["At most 500 named participants."]);
            RuleForEach(f => f.Participants).ChildRules(row =>
            {
                row.RuleFor(r => r.Name).MaximumLength(150);
                row.RuleFor(r => r.Function).MaximumLength(150);
                row.RuleFor(r => r.Institution).MaximumLength(200);
                row.RuleFor(r => r.Email).MaximumLength(256).EmailAddress();
                row.RuleFor(r => r.Name).NotEmpty().When(r => !r.IsEmpty && string.IsNullOrWhiteSpace(r.Email))
                    .WithMessage(_ => l["Give the participant's name, or the e-mail of their portal account."]);
            });
            // Every row is checked, not only up to the first wrong one.
            RuleForEach(f => f.Counts).Cascade(CascadeMode.Continue).ChildRules(row =>
            {
                row.RuleFor(r => r.Women).InclusiveBetween(0, 10000);
                row.RuleFor(r => r.Men).InclusiveBetween(0, 10000);
                row.RuleFor(r => r.Unspecified).InclusiveBetween(0, 10000);
                row.RuleFor(r => r.Institution).MaximumLength(200);
                // The institution must be one the portal knows: an unknown number would otherwise reach the database's foreign key.
                row.RuleFor(r => r.AgencyId).MustAsync(async (id, ct) => id is null || await db.Agencies.AnyAsync(a => a.Id == id, ct))
                    .WithMessage(_ => l["Choose institutions from the list."]);
                row.RuleFor(r => r).Must(r => r.IsEmpty || r.AgencyId is not null || !string.IsNullOrWhiteSpace(r.Institution))
                    .WithName(l["Institution"]).WithMessage(_ => l["Say which institution the numbers are for."]);
            });
        }
    }

    public sealed class Handler(AppDbContext db, AuditTrail audit, ReferenceNames names, IStringLocalizer<SharedResource> l)
    {
        public const int BlankCountRows = 3;

        public async Task<Form> ChoicesAsync(Form form)
        {
            form.CountyChoices = await db.Counties.AsNoTracking().OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync();
            form.AgencyChoices = (await names.GetAsync()).Choices(l,
                keep: [.. form.Counts.Select(c => c.AgencyId).OfType<int>(), .. form.OrganiserAgencyId is { } organiser ? [organiser] : Array.Empty<int>()]);
            form.ProgrammeChoices = await db.Programmes.AsNoTracking().OrderBy(p => p.Title).Select(p => new SelectListItem(p.Title, p.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync();
            form.Counts = form.Counts.Where(c => !c.IsEmpty).Concat(Enumerable.Range(0, BlankCountRows).Select(_ => new CountRow())).ToList();
            return form;
        }

        public async Task<Form?> LoadAsync(int id)
        {
            var t = await db.Trainings.AsNoTracking().Include(x => x.Counts).Include(x => x.Participants).SingleOrDefaultAsync(x => x.Id == id);
            return t is null ? null : await ChoicesAsync(new Form
            {
                Id = t.Id, Version = t.Version, Title = t.Title, Topic = t.Topic, Kind = t.Kind, ProgrammeId = t.ProgrammeId, StartsOn = t.StartsOn, EndsOn = t.EndsOn,
                CountyId = t.CountyId, City = t.City, Venue = t.Venue, OrganiserAgencyId = t.OrganiserAgencyId, Partners = t.Partners, Funder = t.Funder, Project = t.Project,
                Audience = (t.Audience ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<AgencyKind>).ToList(),
                Trainers = t.Trainers, Materials = t.Materials, State = t.State, Summary = t.Summary,
                Participants = await ParticipantRowsAsync(t.Participants),
                Counts = t.Counts.OrderBy(c => c.Id).Select(c => new CountRow { AgencyId = c.AgencyId, Institution = c.Institution, Women = c.Women, Men = c.Men, Unspecified = c.Unspecified }).ToList(),
            });
        }

        /// <returns>Done with the training's id, or why it was not saved.</returns>
        public async Task<CommandResult<int>> SaveAsync(Form form, ClaimsPrincipal user)
        {
            Training training;
            if (form.IsNew)
            {
                training = new Training();
                db.Trainings.Add(training);
            }
            else
            {
                var found = await db.Trainings.Include(t => t.Counts).Include(t => t.Participants).SingleOrDefaultAsync(t => t.Id == form.Id);
                if (found is null)
                {
                    return CommandResult.Refused(l["The record no longer exists."]);
                }

                training = found;
                db.Entry(training).Property(t => t.Version).OriginalValue = form.Version;
            }

            training.Title = form.Title.Trim();
            training.Topic = Blank(form.Topic);
            training.Kind = form.Kind!.Value;
            training.ProgrammeId = form.ProgrammeId;
            training.StartsOn = form.StartsOn!.Value;
            training.EndsOn = form.EndsOn ?? form.StartsOn.Value;
            training.CountyId = form.CountyId;
            training.City = Blank(form.City);
            training.Venue = Blank(form.Venue);
            training.OrganiserAgencyId = form.OrganiserAgencyId;
            training.Partners = Blank(form.Partners);
            training.Funder = Blank(form.Funder);
            training.Project = Blank(form.Project);
            training.Audience = form.Audience.Count == 0 ? null : string.Join(',', form.Audience.Distinct());
            training.Trainers = Blank(form.Trainers);
            training.Materials = Blank(form.Materials);
            training.State = form.State!.Value;
            training.Summary = Blank(form.Summary);
            training.Counts.Clear();
            training.Counts.AddRange(form.Counts.Where(c => !c.IsEmpty).Select(c => new ParticipantCount
            {
                AgencyId = c.AgencyId, Institution = Blank(c.Institution), Women = c.Women, Men = c.Men, Unspecified = c.Unspecified,
            }));
            training.Participants.Clear();
            training.Participants.AddRange(await ParticipantsAsync(form.Participants));
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } refused)
            {
                return refused;
            }

            await audit.RecordAsync(form.IsNew ? AuditAction.Create : AuditAction.Update, nameof(Training), training.Id, null, user);
            return CommandResult.Done(training.Id);
        }

        /// <summary>
        /// The rows filled in. A row with the e-mail address of a portal user links the participant to that user (name and
        /// institution taken from the account unless typed); any other row is a person without an account.
        /// </summary>
        private async Task<List<TrainingParticipant>> ParticipantsAsync(IEnumerable<ParticipantRow> rows)
        {
            var result = new List<TrainingParticipant>();
            foreach (var row in rows.Where(r => !r.IsEmpty))
            {
                var email = Blank(row.Email)?.ToUpperInvariant();
                var user = email is null ? null : await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email)
                    .Select(u => new { u.Id, u.FullName, Agency = u.Agency.Name }).SingleOrDefaultAsync();
                result.Add(new TrainingParticipant
                {
                    UserId = user?.Id,
                    Name = Blank(row.Name) ?? user?.FullName ?? row.Email!.Trim(),
                    Function = Blank(row.Function),
                    Institution = Blank(row.Institution) ?? user?.Agency,
                });
            }

            return result;
        }

        /// <summary>The stored participants as the form's rows (a linked one with its account's e-mail).</summary>
        private async Task<List<ParticipantRow>> ParticipantRowsAsync(IEnumerable<TrainingParticipant> participants)
        {
            var ordered = participants.OrderBy(p => p.Id).ToList();
            var ids = ordered.Where(p => p.UserId is not null).Select(p => p.UserId!).ToList();
            var emails = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, StringComparer.Ordinal);
            return ordered.Select(p => new ParticipantRow
            {
                Name = p.Name,
                Function = p.Function,
                Institution = p.Institution,
                Email = p.UserId is { } id ? emails.GetValueOrDefault(id) : null,
            }).ToList();
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
