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

        /// <summary>One participant per line: name; function; institution.</summary>
        [Display(Name = "Named participants")] public string? ParticipantLines { get; set; }

        /// <summary>One agenda item per line, when scheduling.</summary>
        [Display(Name = "Agenda")] public string? AgendaLines { get; set; }

        [Display(Name = "Reason for the amendment")] public string? AmendmentReason { get; set; }

        public bool IsNew => Id is null;
        [BindNever] public bool IsLocked { get; set; }
        [BindNever] public IReadOnlyList<SelectListItem> CountyChoices { get; set; } = [];
        [BindNever] public IReadOnlyList<SelectListItem> AgencyChoices { get; set; } = [];

        public IEnumerable<(string Name, string? Function, string? Institution)> Participants() =>
            PlainText.Lines(ParticipantLines).Select(PlainText.Participant);
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
            RuleForEach(f => f.Participants()).Must(p => p.Name.Length is > 0 and <= 150)
                .OverridePropertyName(nameof(Form.ParticipantLines))
                .WithMessage(_ => l["Write one participant per line: name; function; institution (a name up to 150 characters)."]);
            RuleFor(f => f.ParticipantLines).MaximumLength(10000);
            RuleFor(f => f.AgendaLines).MaximumLength(5000);
            RuleFor(f => f.AmendmentReason).MaximumLength(1000);
        }
    }

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        public async Task<Form> ChoicesAsync(Form form)
        {
            form.CountyChoices = await db.Counties.AsNoTracking().OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync();
            form.AgencyChoices = await db.Agencies.AsNoTracking().Where(a => a.IsActive || form.AgencyIds.Contains(a.Id)).OrderBy(a => a.Name)
                .Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync();
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
                ParticipantLines = string.Join('\n', m.Participants.OrderBy(p => p.Id).Select(p => PlainText.ParticipantLine(p.Name, p.Function, p.Institution))),
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

            meeting.Participants.Clear();
            meeting.Participants.AddRange(form.Participants().Select(p => new Participant { Name = p.Name, Function = p.Function, Institution = p.Institution }));
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } refused)
            {
                return refused;
            }

            await audit.RecordAsync(form.IsNew ? AuditAction.Create : AuditAction.Update, nameof(Meeting), meeting.Id, "Details,Attendance", user);
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
