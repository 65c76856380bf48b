using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Administration.Agencies;

/// <summary>Adding an institution and changing one share one form, one validator and one handler.</summary>
public static class Edit
{
    public sealed class Form
    {
        public int? Id { get; set; }

        /// <summary>The version the form was opened with; saving over a newer one is refused.</summary>
        public int Version { get; set; }

        [Display(Name = "Code")]
        public string Code { get; set; } = string.Empty;

        [Display(Name = "Name")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Abbreviation")]
        public string? Abbreviation { get; set; }

        [Display(Name = "Kind")]
        public AgencyKind? Kind { get; set; }

        [Display(Name = "County")]
        public int? CountyId { get; set; }

        [Display(Name = "Active")]
        public bool IsActive { get; set; } = true;

        public bool IsNew => Id is null;

        [BindNever]
        public IReadOnlyList<SelectListItem> CountyChoices { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(AppDbContext db, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.Code).NotEmpty().MaximumLength(Agency.CodeMaxLength)
                .Matches("^[A-Za-z0-9-]+$").WithMessage(_ => l["Use only letters without diacritics, digits and hyphens."]);
            RuleFor(f => f.Code)
                .MustAsync(async (form, code, ct) => !await db.Agencies.AnyAsync(a => a.Code == code.Trim().ToUpperInvariant() && a.Id != form.Id, ct))
                .WithMessage(_ => l["Another institution already has this code."])
                .When(f => !string.IsNullOrWhiteSpace(f.Code));
            RuleFor(f => f.Name).NotEmpty().MaximumLength(Agency.NameMaxLength);
            RuleFor(f => f.Name)
                .MustAsync(async (form, name, ct) => !await db.Agencies.AnyAsync(a => a.Name == name.Trim() && a.Id != form.Id, ct))
                .WithMessage(_ => l["Another institution already has this name."])
                .When(f => !string.IsNullOrWhiteSpace(f.Name));
            RuleFor(f => f.Abbreviation).MaximumLength(Agency.AbbreviationMaxLength);
            RuleFor(f => f.Kind).NotNull().IsInEnum();
            RuleFor(f => f.CountyId)
                .MustAsync(async (id, ct) => await db.Counties.AnyAsync(c => c.Id == id, ct))
                .WithMessage(_ => l["Choose a county from the list."])
                .When(f => f.CountyId is not null);
        }
    }

    public sealed class Handler(AppDbContext db, IStringLocalizer<SharedResource> l)
    {
        public Task<Form> NewAsync() => WithChoicesAsync(new Form());

        public async Task<Form?> LoadAsync(int id)
        {
            var form = await db.Agencies.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new Form
                {
                    Id = a.Id,
                    Version = a.Version,
                    Code = a.Code,
                    Name = a.Name,
                    Abbreviation = a.Abbreviation,
                    Kind = a.Kind,
                    CountyId = a.CountyId,
                    IsActive = a.IsActive,
                })
                .SingleOrDefaultAsync();
            return form is null ? null : await WithChoicesAsync(form);
        }

        public async Task<Form> WithChoicesAsync(Form form)
        {
            form.CountyChoices = await db.Counties.AsNoTracking().OrderBy(c => c.Name)
                .Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync();
            return form;
        }

        /// <returns>Done, or why not: the caller shows the form again with what was typed.</returns>
        public async Task<CommandResult> SaveAsync(Form form)
        {
            Agency agency;
            if (form.IsNew)
            {
                agency = new Agency { Code = string.Empty, Name = string.Empty };
                db.Agencies.Add(agency);
            }
            else
            {
                var found = await db.Agencies.SingleOrDefaultAsync(a => a.Id == form.Id);
                if (found is null)
                {
                    return CommandResult.Refused(l["The record no longer exists."]);
                }

                agency = found;
                db.Entry(agency).Property(a => a.Version).OriginalValue = form.Version;
            }

            agency.Code = form.Code.Trim().ToUpperInvariant();
            agency.Name = form.Name.Trim();
            agency.Abbreviation = string.IsNullOrWhiteSpace(form.Abbreviation) ? null : form.Abbreviation.Trim();
            agency.Kind = form.Kind!.Value;
            agency.CountyId = form.CountyId;
            agency.IsActive = form.IsActive;

            return await db.SaveOrRefuseAsync(l);
        }
    }
}
