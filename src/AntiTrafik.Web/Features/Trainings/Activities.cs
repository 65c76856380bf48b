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

/// <summary>Recording an awareness campaign or public event.</summary>
public static class Activities
{
    public sealed class Form
    {
        public int? Id { get; set; }
        public int Version { get; set; }
        [Display(Name = "Title")] public string Title { get; set; } = string.Empty;
        [Display(Name = "From")] public DateOnly? StartsOn { get; set; }
        [Display(Name = "To")] public DateOnly? EndsOn { get; set; }
        [Display(Name = "County")] public int? CountyId { get; set; }
        [Display(Name = "City")] public string? City { get; set; }
        [Display(Name = "Venue")] public string? Venue { get; set; }
        [Display(Name = "Organisers")] public string? Organisers { get; set; }
        [Display(Name = "Partner organisations")] public string? Partners { get; set; }
        [Display(Name = "Audience reached")] public int? AudienceReached { get; set; }
        [Display(Name = "Description")] public string? Description { get; set; }
        [BindNever] public IReadOnlyList<SelectListItem> CountyChoices { get; set; } = [];
        public bool IsNew => Id is null;
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Title).NotEmpty().MaximumLength(300);
            RuleFor(f => f.StartsOn).NotNull().Plausible(DateKind.Event, clock, l);
            RuleFor(f => f.EndsOn).Plausible(DateKind.Event, clock, l)
                .Must((f, end) => end is null || f.StartsOn is null || end >= f.StartsOn).WithMessage(_ => l["The end cannot come before the start."]);
            RuleFor(f => f.CountyId).MustAsync(async (id, ct) => id is null || await db.Counties.AnyAsync(c => c.Id == id, ct)).WithMessage(_ => l["Choose a county from the list."]);
            RuleFor(f => f.AudienceReached).InclusiveBetween(0, 10_000_000).When(f => f.AudienceReached is not null);
            RuleFor(f => f.City).MaximumLength(100);
            RuleFor(f => f.Venue).MaximumLength(200);
            RuleFor(f => f.Organisers).MaximumLength(1000);
            RuleFor(f => f.Partners).MaximumLength(1000);
            RuleFor(f => f.Description).MaximumLength(4000);
        }
    }

    public sealed class Handler(AppDbContext db, AuditTrail audit, IStringLocalizer<SharedResource> l)
    {
        public async Task<Form> ChoicesAsync(Form form)
        {
            form.CountyChoices = await db.Counties.AsNoTracking().OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync();
            return form;
        }

        public async Task<Form?> LoadAsync(int id) =>
            await db.AwarenessActivities.AsNoTracking().Where(a => a.Id == id).Select(a => new Form
            {
                Id = a.Id, Version = a.Version, Title = a.Title, StartsOn = a.StartsOn, EndsOn = a.EndsOn, CountyId = a.CountyId, City = a.City, Venue = a.Venue,
                Organisers = a.Organisers, Partners = a.Partners, AudienceReached = a.AudienceReached, Description = a.Description,
            }).SingleOrDefaultAsync() is { } form ? await ChoicesAsync(form) : null;

        public async Task<CommandResult> SaveAsync(Form form, ClaimsPrincipal user)
        {
            AwarenessActivity activity;
            if (form.IsNew)
            {
                activity = new AwarenessActivity();
                db.AwarenessActivities.Add(activity);
            }
            else
            {
                var found = await db.AwarenessActivities.SingleOrDefaultAsync(a => a.Id == form.Id);
                if (found is null)
                {
                    return CommandResult.Refused(l["The record no longer exists."]);
                }

                activity = found;
                db.Entry(activity).Property(a => a.Version).OriginalValue = form.Version;
            }

            activity.Title = form.Title.Trim();
            activity.StartsOn = form.StartsOn!.Value;
            activity.EndsOn = form.EndsOn ?? form.StartsOn.Value;
            activity.CountyId = form.CountyId;
            activity.City = form.City?.Trim();
            activity.Venue = form.Venue?.Trim();
            activity.Organisers = form.Organisers?.Trim();
            activity.Partners = form.Partners?.Trim();
            activity.AudienceReached = form.AudienceReached;
            activity.Description = form.Description?.Trim();
            if (await db.SaveOrRefuseAsync(l) is { IsDone: false } refused)
            {
                return refused;
            }

            await audit.RecordAsync(form.IsNew ? AuditAction.Create : AuditAction.Update, nameof(AwarenessActivity), activity.Id, null, user);
            return CommandResult.Done();
        }
    }
}
