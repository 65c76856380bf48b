using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Meetings;

/// <summary>Scheduling a meeting and changing its details, attendance and participants: one form, one validator, one handler.</summary>
public static class Edit
{
    public sealed class Form
    {
        public int? Id { get; set; }
        public int Version { get; set; }

        [Display(Name = "Title")] public string Title { get; set; } = string.Empty;
        [Display(Name = "Kind of meeting")] public MeetingKind? Kind { get; set; }
        [Display(Name = "Date and time")] public DateTime? StartsAt { get; set; }
        [Display(Name = "County")] public int? CountyId { get; set; }
        [Display(Name = "City")] public string? City { get; set; }
        [Display(Name = "Venue")] public string? Venue { get; set; }
        [Display(Name = "Organiser")] public int? OrganiserAgencyId { get; set; }
        [Display(Name = "Partner organisations")] public string? Partners { get; set; }
        [Display(Name = "Chair")] public string? Chair { get; set; }
        [Display(Name = "Number of people present")] public int? HeadCount { get; set; }
        [Display(Name = "Institutions present")] public List<int> AgencyIds { get; set; } = [];

        /// <summary>Named participants, a row each; rows left empty are ignored.</summary>
        [Display(Name = "Named participants")] public List<ParticipantRow> Participants { get; set; } = [];

        /// <summary>The answer to "the date is in the past: was it held?", asked only when it is and the meeting is planned.</summary>
        [Display(Name = "The date is in the past: was the meeting held?")] public PastMeetingAnswer? IfPast { get; set; }

        /// <summary>Sent by "Add another row" without script: show the form again with one more row, save nothing.</summary>
        public bool AddRow { get; set; }

        /// <summary>One agenda item per line, when scheduling.</summary>
        [Display(Name = "Agenda")] public string? AgendaLines { get; set; }

        [Display(Name = "Reason for the amendment")] public string? AmendmentReason { get; set; }

        public bool IsNew => Id is null;
        [BindNever] public bool IsLocked { get; set; }
        [BindNever] public IReadOnlyList<SelectListItem> CountyChoices { get; set; } = [];
        [BindNever] public IReadOnlyList<SelectListItem> AgencyChoices { get; set; } = [];

        /// <summary>The rows someone filled in.</summary>
        public IEnumerable<ParticipantRow> FilledParticipants() => Participants.Where(p => !p.IsEmpty);

        /// <summary>
        /// The rows the form shows: those sent, in their places (so an error still points at its row), then empty ones
        /// to fill: at least two (three for a first list), and one more after "Add another row".
        /// </summary>
        public IReadOnlyList<ParticipantRow> RowsToShow()
        {
            var rows = Participants.ToList();
            var trailingEmpty = rows.AsEnumerable().Reverse().TakeWhile(p => p.IsEmpty).Count();
            var wanted = (rows.Count == trailingEmpty ? 3 : 2) + (AddRow ? 1 : 0);
            rows.AddRange(Enumerable.Range(0, Math.Max(0, wanted - trailingEmpty)).Select(_ => new ParticipantRow()));
            return rows;
        }
    }

    public enum PastMeetingAnswer
    {
        StillPlanned = 1,
        Held = 2,
    }

    public sealed class ParticipantRow
    {
        [Display(Name = "Name")] public string? Name { get; set; }
        [Display(Name = "Function")] public string? Function { get; set; }
        [Display(Name = "Institution")] public string? Institution { get; set; }

        /// <summary>Named in printed minutes and the bulletin; otherwise only function and institution are.</summary>
        [Display(Name = "Public official")] public bool IsPublicOfficial { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Function) && string.IsNullOrWhiteSpace(Institution);
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Title).NotEmpty().MaximumLength(Meeting.TitleMaxLength);
            RuleFor(f => f.Kind).NotNull().IsInEnum();
            RuleFor(f => f.StartsAt).NotNull().Plausible(DateKind.Event, clock, l);
            RuleFor(f => f.CountyId)
                .MustAsync(async (id, ct) => await db.Counties.AnyAsync(c => c.Id == id, ct)).WithMessage(_ => l["Choose a county from the list."])
                .When(f => f.CountyId is not null);
            RuleFor(f => f.CountyId).NotNull().WithMessage(_ => l["A regional committee or technical table meets in a county: choose it."])
                .When(f => f.Kind is MeetingKind.RegionalCommittee or MeetingKind.TechnicalTable);
            RuleFor(f => f.City).MaximumLength(100);
            RuleFor(f => f.Venue).MaximumLength(200);
            RuleFor(f => f.Partners).MaximumLength(1000);
            RuleFor(f => f.Chair).MaximumLength(200);
            RuleFor(f => f.HeadCount).InclusiveBetween(0, 5000).When(f => f.HeadCount is not null);
            RuleFor(f => f.OrganiserAgencyId)
                .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id, ct)).WithMessage(_ => l["Choose an active institution."])
                .When(f => f.OrganiserAgencyId is not null);
            RuleFor(f => f.AgencyIds)
                .MustAsync(async (ids, ct) => await db.Agencies.CountAsync(a => ids.Contains(a.Id), ct) == ids.Distinct().Count())
                .WithMessage(_ => l["Choose institutions from the list."]);
            RuleFor(f => f.Participants.Count).LessThanOrEqualTo(200).OverridePropertyName(nameof(Form.Participants));
            RuleForEach(f => f.Participants).ChildRules(row =>
            {
                row.RuleFor(p => p.Name).NotEmpty().WithMessage(_ => l["Give the participant's name, or clear the row."]).When(p => !p.IsEmpty);
                row.RuleFor(p => p.Name).MaximumLength(150);
                row.RuleFor(p => p.Function).MaximumLength(150);
                row.RuleFor(p => p.Institution).MaximumLength(200);
            });
            // A past date with the meeting still planned is asked about once, not saved without a word.
            RuleFor(f => f.IfPast).IsInEnum();
            RuleFor(f => f.IfPast)
                .MustAsync(async (form, answer, ct) => answer is not null || !IsPast(form.StartsAt, clock) || !await IsPlannedAsync(form, ct))
                .WithMessage(_ => l["The date is in the past, but the meeting would be saved as planned. Say whether it was held or is still planned."])
                .When(f => f.StartsAt is not null);
            RuleFor(f => f.AgendaLines).MaximumLength(5000);
            RuleFor(f => f.AmendmentReason).MaximumLength(1000);

            async Task<bool> IsPlannedAsync(Form form, CancellationToken ct) =>
                form.IsNew || await db.Meetings.AnyAsync(m => m.Id == form.Id && m.State == MeetingState.Planned, ct);
        }

        internal static bool IsPast(DateTime? startsAt, TimeProvider clock) =>
            startsAt is { } local && PortalTime.ToUtc(local) < clock.GetUtcNow().UtcDateTime;
    }

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock, ReferenceNames names, IStringLocalizer<SharedResource> l)
    {
        public async Task<Form> ChoicesAsync(Form form)
        {
            form.CountyChoices = await db.Counties.AsNoTracking().OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync();
            form.AgencyChoices = (await names.GetAsync()).Choices(l, keep: [.. form.AgencyIds, .. form.OrganiserAgencyId is { } organiser ? [organiser] : Array.Empty<int>()]);
            return form;
        }

        public async Task<Form?> LoadAsync(int id)
        {
            var m = await db.Meetings.AsNoTracking().Include(x => x.Agencies).Include(x => x.Participants).SingleOrDefaultAsync(x => x.Id == id);
            return m is null ? null : await ChoicesAsync(new Form
            {
                Id = m.Id, Version = m.Version, Title = m.Title, Kind = m.Kind, StartsAt = PortalTime.ToLocal(m.StartsAt), CountyId = m.CountyId,
                City = m.City, Venue = m.Venue, OrganiserAgencyId = m.OrganiserAgencyId, Partners = m.Partners, Chair = m.Chair, HeadCount = m.HeadCount,
                AgencyIds = m.Agencies.Select(a => a.AgencyId).ToList(),
                Participants = m.Participants.OrderBy(p => p.Id)
                    .Select(p => new ParticipantRow { Name = p.Name, Function = p.Function, Institution = p.Institution, IsPublicOfficial = p.IsPublicOfficial }).ToList(),
                IsLocked = m.IsLocked,
            });
        }

        /// <returns>Done with the meeting's id, or why it was not saved.</returns>
        public async Task<CommandResult<int>> SaveAsync(Form form, ClaimsPrincipal user)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var userId = user.FindFirstValue(PortalClaims.UserId)!;
            Meeting meeting;
            if (form.IsNew)
            {
                meeting = new Meeting();
                db.Meetings.Add(meeting);
                var order = 1;
                foreach (var title in PlainText.Lines(form.AgendaLines))
                {
                    meeting.Agenda.Add(new AgendaItem { Order = order++, Title = title.Length > 300 ? title[..300] : title });
                }
            }
            else
            {
                var found = await db.Meetings.Include(m => m.Agencies).Include(m => m.Participants).SingleOrDefaultAsync(m => m.Id == form.Id);
                if (found is null)
                {
                    return CommandResult.Refused(l["The record no longer exists."]);
                }

                meeting = found;
                db.Entry(meeting).Property(m => m.Version).OriginalValue = form.Version;
                var allowed = meeting.AllowChange(form.AmendmentReason, "Details,Attendance", userId, now);
                if (!allowed.Succeeded)
                {
                    return CommandResult.Refused(MeetingRuleMessages.For(allowed.Broken!.Value, l));
                }
            }

            meeting.Title = form.Title.Trim();
            meeting.Kind = form.Kind!.Value;
            meeting.StartsAt = PortalTime.ToUtc(form.StartsAt!.Value);
            meeting.CountyId = form.CountyId;
            meeting.City = Blank(form.City);
            meeting.Venue = Blank(form.Venue);
            meeting.OrganiserAgencyId = form.OrganiserAgencyId;
            meeting.Partners = Blank(form.Partners);
            meeting.Chair = Blank(form.Chair);
            meeting.HeadCount = form.HeadCount;
            meeting.Agencies.RemoveAll(a => !form.AgencyIds.Contains(a.AgencyId));
            foreach (var agencyId in form.AgencyIds.Distinct().Where(id => meeting.Agencies.All(a => a.AgencyId != id)))
            {
                meeting.Agencies.Add(new MeetingAttendance { AgencyId = agencyId });
            }

            var markedHeld = form.IfPast == PastMeetingAnswer.Held && meeting.State == MeetingState.Planned && Validator.IsPast(form.StartsAt, clock);
            if (markedHeld)
            {
                meeting.MoveTo(MeetingState.Held, now);
            }

            meeting.Participants.Clear();
            meeting.Participants.AddRange(form.FilledParticipants().Select(p => new Participant
            {
                Name = p.Name!.Trim(), Function = Blank(p.Function), Institution = Blank(p.Institution), IsPublicOfficial = p.IsPublicOfficial,
            }));
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } refused)
            {
                return refused;
            }

            await audit.RecordAsync(form.IsNew ? AuditAction.Create : AuditAction.Update, nameof(Meeting), meeting.Id, markedHeld ? "Details,Attendance,State" : "Details,Attendance", user);
            return CommandResult.Done(meeting.Id);
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}

public static class MeetingRuleMessages
{
    public static string For(MeetingRule rule, IStringLocalizer<SharedResource> l) => rule switch
    {
        MeetingRule.ApprovedMinutesAreLocked => l["The minutes are approved and locked. To correct them, give the reason for the amendment."],
        MeetingRule.AmendmentNeedsReason => l["Give the reason for the amendment."],
        _ => l["This step is not possible in the meeting's current state."],
    };
}
