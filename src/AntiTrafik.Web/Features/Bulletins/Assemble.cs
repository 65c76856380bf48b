using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Domain.Trainings;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Bulletins;

/// <summary>
/// Building the information bulletin of a period from what the portal holds: held meetings (the
/// Responsible Authority's only as "meeting held, topics", never case data), held trainings and awareness
/// activities, in date order, minus what is marked not for publication. Items are copies; issuing freezes them.
/// </summary>
public static class Assemble
{
    public sealed class NewForm
    {
        [Display(Name = "Number")] public int? Number { get; set; }
        [Display(Name = "From")] public DateOnly? PeriodFrom { get; set; }
        [Display(Name = "To")] public DateOnly? PeriodTo { get; set; }
        [Display(Name = "Introduction")] public string? Introduction { get; set; }
    }

    public sealed class EditForm
    {
        [Display(Name = "Introduction")] public string? Introduction { get; set; }
        public Dictionary<int, string?> Summaries { get; set; } = [];
        public int Version { get; set; }
    }

    /// <summary>
    /// The period a new bulletin is offered: it starts the day after the latest bulletin's period ends and is as long
    /// (whole months stay whole months: after January–March comes April–June). Without an earlier bulletin, the last
    /// full calendar month before today.
    /// </summary>
    public static (DateOnly From, DateOnly To) NextPeriod((DateOnly From, DateOnly To)? previous, DateOnly today)
    {
        if (previous is not { } last || last.To < last.From)
        {
            var firstOfThisMonth = new DateOnly(today.Year, today.Month, 1);
            return (firstOfThisMonth.AddMonths(-1), firstOfThisMonth.AddDays(-1));
        }

        var from = last.To.AddDays(1);
        var wholeMonths = last.From.Day == 1 && last.To.AddDays(1).Day == 1;
        if (wholeMonths)
        {
            var months = ((last.To.Year - last.From.Year) * 12) + last.To.Month - last.From.Month + 1;
            return (from, from.AddMonths(months).AddDays(-1));
        }

        return (from, from.AddDays(last.To.DayNumber - last.From.DayNumber));
    }

    public sealed class NewValidator : AbstractValidator<NewForm>
    {
        public NewValidator(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Number).NotNull().InclusiveBetween(1, 100000)
                .MustAsync(async (n, ct) => !await db.Bulletins.AnyAsync(b => b.Number == n, ct)).WithMessage(_ => l["A bulletin with this number exists already."]);
            RuleFor(f => f.PeriodFrom).NotNull().Plausible(DateKind.Period, clock, l);
            RuleFor(f => f.PeriodTo).NotNull().Plausible(DateKind.Period, clock, l)
                .Must((f, to) => f.PeriodFrom is null || to >= f.PeriodFrom).WithMessage(_ => l["The end cannot come before the start."]);
            RuleFor(f => f.Introduction).MaximumLength(8000);
        }
    }

    public sealed class EditValidator : AbstractValidator<EditForm>
    {
        public EditValidator()
        {
            RuleFor(f => f.Introduction).MaximumLength(8000);
            RuleForEach(f => f.Summaries).Must(s => (s.Value ?? string.Empty).Length <= 8000);
        }
    }

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        /// <returns>Done with the new bulletin's id.</returns>
        public async Task<CommandResult<int>> CreateAsync(NewForm form, ClaimsPrincipal user)
        {
            var bulletin = await DraftAsync(form.Number!.Value, form.PeriodFrom!.Value, form.PeriodTo!.Value, form.Introduction);
            db.Bulletins.Add(bulletin);
            await db.SaveChangesAsync();
            await audit.RecordAsync(AuditAction.Create, nameof(Bulletin), bulletin.Id, null, user);
            return CommandResult.Done(bulletin.Id);
        }

        /// <summary>
        /// A new draft bulletin of the period, assembled from the records as they are now, not yet added to the database.
        /// Also used by the demo history (<c>DemoHistory</c>) for the bulletins it issues.
        /// </summary>
        public async Task<Bulletin> DraftAsync(int number, DateOnly from, DateOnly to, string? introduction)
        {
            var bulletin = new Bulletin
            {
                Number = number,
                PeriodFrom = from,
                PeriodTo = to,
                Title = $"Buletin Informativ Nr. {number}",
                Introduction = introduction?.Trim(),
            };
            bulletin.Items.AddRange(await ItemsAsync(from, to));
            return bulletin;
        }

        /// <summary>A draft takes the records as they are now; an issued bulletin never changes.</summary>
        public async Task<CommandResult> RegenerateAsync(int id, ClaimsPrincipal user)
        {
            var bulletin = await db.Bulletins.Include(b => b.Items).SingleOrDefaultAsync(b => b.Id == id);
            if (bulletin is null)
            {
                return CommandResult.NotFound();
            }

            if (bulletin.IsIssued)
            {
                return CommandResult.Refused(l["An issued bulletin does not change."]);
            }

            bulletin.Items.Clear();
            bulletin.Items.AddRange(await ItemsAsync(bulletin.PeriodFrom, bulletin.PeriodTo));
            db.Entry(bulletin).State = EntityState.Modified;
            var saved = await db.SaveOrRefuseAsync(l);
            if (!saved.IsDone)
            {
                return saved;
            }

            await audit.RecordAsync(AuditAction.Update, nameof(Bulletin), id, "Items", user);
            return CommandResult.Done();
        }

        public async Task<CommandResult> EditAsync(int id, EditForm form, ClaimsPrincipal user)
        {
            var bulletin = await db.Bulletins.Include(b => b.Items).SingleOrDefaultAsync(b => b.Id == id);
            if (bulletin is null)
            {
                return CommandResult.NotFound();
            }

            if (bulletin.IsIssued)
            {
                return CommandResult.Refused(l["An issued bulletin does not change."]);
            }

            db.Entry(bulletin).Property(b => b.Version).OriginalValue = form.Version;
            bulletin.Introduction = form.Introduction?.Trim();
            foreach (var item in bulletin.Items)
            {
                if (form.Summaries.TryGetValue(item.Id, out var summary))
                {
                    item.Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
                }
            }

            db.Entry(bulletin).State = EntityState.Modified;
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } refused)
            {
                return refused;
            }

            await audit.RecordAsync(AuditAction.Update, nameof(Bulletin), id, "Introduction,Summaries", user);
            return CommandResult.Done();
        }

        /// <param name="version">The version the person saw on the confirmation page: what is issued is what they saw.</param>
        public async Task<CommandResult> IssueAsync(int id, int version, ClaimsPrincipal user)
        {
            var bulletin = await db.Bulletins.SingleOrDefaultAsync(b => b.Id == id);
            if (bulletin is null)
            {
                return CommandResult.NotFound();
            }

            db.Entry(bulletin).Property(b => b.Version).OriginalValue = version;

            if (!bulletin.Issue(clock.GetUtcNow().UtcDateTime))
            {
                return CommandResult.Refused(l["An issued bulletin does not change."]);
            }

            var saved = await db.SaveOrRefuseAsync(() => Task.FromResult<CommandResult>(
                CommandResult.Refused(l["The bulletin was changed after you looked at it. Look at it again, then issue it."])));
            if (!saved.IsDone)
            {
                return saved;
            }

            await audit.RecordAsync(AuditAction.StatusChange, nameof(Bulletin), id, "Issued", user);
            return CommandResult.Done();
        }

        private async Task<List<BulletinItem>> ItemsAsync(DateOnly from, DateOnly to)
        {
            var start = PortalTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            var end = PortalTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            var meetings = await db.Meetings.AsNoTracking().AsSplitQuery()
                .Include(m => m.Agenda).Include(m => m.Agencies).ThenInclude(a => a.Agency).Include(m => m.Participants).Include(m => m.County)
                .Where(m => m.StartsAt >= start && m.StartsAt < end && m.State != MeetingState.Planned && !m.NotForPublication)
                .ToListAsync();
            var trainings = await db.Trainings.AsNoTracking().AsSplitQuery()
                .Include(t => t.Counts).ThenInclude(c => c.Agency).Include(t => t.Participants).Include(t => t.OrganiserAgency)
                .Where(t => t.StartsOn >= from && t.StartsOn <= to && t.State == ActivityState.Held && !t.NotForPublication)
                .ToListAsync();
            var activities = await db.AwarenessActivities.AsNoTracking()
                .Where(a => a.StartsOn >= from && a.StartsOn <= to && !a.NotForPublication)
                .ToListAsync();

            var items = meetings.Select(m => new BulletinItem
                {
                    Source = BulletinSource.Meeting,
                    SourceId = m.Id,
                    Date = DateOnly.FromDateTime(PortalTime.ToLocal(m.StartsAt)),
                    Title = m.Title,
                    Place = Join(m.Venue, m.City),
                    // The Responsible Authority discusses concrete cases: the bulletin says only that it met, and on what.
                    Summary = m.Kind == MeetingKind.ResponsibleAuthority
                        ? "Takimi i Autoritetit Përgjegjës u zhvillua. Tema: " + string.Join("; ", m.Agenda.OrderBy(a => a.Order).Select(a => a.Title)) + "."
                        : m.Agenda.Count == 0 ? null : "Takimi u fokusua në: " + string.Join("; ", m.Agenda.OrderBy(a => a.Order).Select(a => a.Title)) + ".",
                    // Only public officials are named; anyone else by function and institution.
                    Participants = ParticipantText(m.Participants.OrderBy(p => p.Id).Select(p => p.PublicDescription()).OfType<string>(), m.Agencies.Select(a => a.Agency.Name), m.HeadCount),
                })
                .Concat(trainings.Select(t => new BulletinItem
                {
                    Source = BulletinSource.Training,
                    SourceId = t.Id,
                    Date = t.StartsOn,
                    DateTo = t.EndsOn == t.StartsOn ? null : t.EndsOn,
                    Title = t.Title,
                    Place = Join(t.Venue, t.City),
                    Summary = t.Summary ?? t.Topic,
                    Organisers = Join(t.OrganiserAgency?.Name, t.Partners, t.Funder is null ? null : "financuar nga " + t.Funder),
                    Participants = ParticipantText([], t.Counts.Select(c => c.Agency?.Name ?? c.Institution).OfType<string>(), t.TotalParticipants),
                }))
                .Concat(activities.Select(a => new BulletinItem
                {
                    Source = BulletinSource.Activity,
                    SourceId = a.Id,
                    Date = a.StartsOn,
                    DateTo = a.EndsOn == a.StartsOn ? null : a.EndsOn,
                    Title = a.Title,
                    Place = Join(a.Venue, a.City),
                    Summary = a.Description,
                    Organisers = Join(a.Organisers, a.Partners),
                    Participants = a.AudienceReached is { } n ? AboutPeople(n) : null,
                }))
                .OrderBy(i => i.Date).ThenBy(i => i.Source).ThenBy(i => i.SourceId)
                .ToList();
            for (var i = 0; i < items.Count; i++)
            {
                items[i].Order = i + 1;
            }

            return items;
        }

        private static string? ParticipantText(IEnumerable<string> people, IEnumerable<string> institutions, int? count)
        {
            var parts = new List<string>();
            if (count is > 0)
            {
                parts.Add(AboutPeople(count.Value));
            }

            parts.AddRange(people);
            parts.AddRange(institutions.Distinct(StringComparer.Ordinal));
            var text = string.Join("; ", parts);
            return text.Length == 0 ? null : text.Length > 2000 ? text[..2000] : text;
        }

        /// <summary>The bulletin is written in Albanian: "rreth 1 person", "rreth 22 persona".</summary>
        private static string AboutPeople(int count) =>
            Plurals.FormFor(count) == Plurals.PluralForm.One ? $"rreth {count} person" : $"rreth {count} persona";

        private static string? Join(params string?[] parts)
        {
            var text = string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
            return text.Length == 0 ? null : text;
        }
    }
}
