using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using AntiTrafik.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>Registering a case and editing it share this form, its validator and its choices.</summary>
public sealed class CaseForm
{
    public int? Id { get; set; }
    public int Version { get; set; }

    // The person (encrypted at rest)
    [Display(Name = "First name")] public string FirstName { get; set; } = string.Empty;
    [Display(Name = "Last name")] public string LastName { get; set; } = string.Empty;
    [Display(Name = "Other names used")] public string? Aliases { get; set; }
    [Display(Name = "Personal number")] public string? PersonalNumber { get; set; }
    [Display(Name = "Phone")] public string? Phone { get; set; }
    [Display(Name = "Address")] public string? Address { get; set; }

    [Display(Name = "Sex")] public Sex? Sex { get; set; }
    [Display(Name = "Date of birth")] public DateOnly? DateOfBirth { get; set; }
    [Display(Name = "Estimated age")] public int? EstimatedAge { get; set; }
    [Display(Name = "Citizenship")] public string? Citizenship { get; set; } = Countries.Albania;
    [Display(Name = "County")] public int? CountyId { get; set; }
    [Display(Name = "Municipality")] public int? MunicipalityId { get; set; }
    [Display(Name = "Languages")] public string? Languages { get; set; }
    [Display(Name = "Disabilities")] public string? Disabilities { get; set; }
    [Display(Name = "Accompanying children")] public int AccompanyingChildren { get; set; }

    // The trafficking facts
    [Display(Name = "Forms of exploitation")] public List<ExploitationForms> Forms { get; set; } = [];
    [Display(Name = "Sector of forced labour")] public LabourSector? LabourSector { get; set; }
    [Display(Name = "Means of control")] public List<ControlMeans> Means { get; set; } = [];
    [Display(Name = "Cross-border trafficking")] public bool IsCrossBorder { get; set; }
    [Display(Name = "Countries of recruitment")] public List<string> RecruitmentCountries { get; set; } = [];
    [Display(Name = "Countries of transit")] public List<string> TransitCountries { get; set; } = [];
    [Display(Name = "Countries of exploitation")] public List<string> ExploitationCountries { get; set; } = [];
    [Display(Name = "Date of identification")] public DateOnly? IdentifiedOn { get; set; }
    [Display(Name = "Place of identification")] public string? PlaceOfIdentification { get; set; }
    [Display(Name = "Identified through")] public IdentificationChannel? Channel { get; set; }
    [Display(Name = "Unaccompanied child")] public bool UnaccompaniedChild { get; set; }

    // The joint interview
    [Display(Name = "Police for the joint interview")] public int? PoliceAgencyId { get; set; }
    [Display(Name = "Social service for the joint interview")] public int? SocialServiceAgencyId { get; set; }

    // Consent, recorded once at registration; later changes go through the consent form on the case
    [Display(Name = "Agrees to assistance")] public bool? ConsentToAssistance { get; set; }
    [Display(Name = "Agrees to sharing data with other agencies")] public bool? ConsentToShare { get; set; }
    [Display(Name = "Consent given by")] public ConsentGiver? ConsentGivenBy { get; set; }

    public bool IsNew => Id is null;

    [BindNever] public string? Number { get; set; }
    [BindNever] public IReadOnlyList<SelectListItem> CountyChoices { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> MunicipalityChoices { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> PoliceChoices { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> SocialServiceChoices { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> CountryChoices { get; set; } = [];

    public PersonIdentity Identity() => new(
        FirstName.Trim(), LastName.Trim(), Blank(Aliases), Blank(PersonalNumber), Blank(Phone), Blank(Address));

    /// <summary>Copies the form onto the case: the one place that maps fields to the entity.</summary>
    public void ApplyTo(Case @case, PersonalDataProtector protector)
    {
        @case.SetIdentity(protector.Protect(Identity()));
        @case.Sex = Sex!.Value;
        @case.SetAgeFacts(IdentifiedOn!.Value, DateOfBirth, EstimatedAge);
        @case.Citizenship = Citizenship!.ToUpperInvariant();
        @case.CountyId = CountyId;
        @case.MunicipalityId = MunicipalityId;
        @case.Languages = Blank(Languages);
        @case.Disabilities = Blank(Disabilities);
        @case.AccompanyingChildren = AccompanyingChildren;
        @case.Forms = Forms.Aggregate(ExploitationForms.None, (all, f) => all | f);
        @case.LabourSector = Forms.Contains(ExploitationForms.ForcedLabour) ? LabourSector : null;
        @case.Means = Means.Aggregate(ControlMeans.None, (all, m) => all | m);
        @case.IsCrossBorder = IsCrossBorder;
        @case.RecruitmentCountries = JoinCodes(RecruitmentCountries);
        @case.TransitCountries = JoinCodes(TransitCountries);
        @case.ExploitationCountries = JoinCodes(ExploitationCountries);
        @case.PlaceOfIdentification = Blank(PlaceOfIdentification);
        @case.Channel = Channel!.Value;
        @case.UnaccompaniedChild = UnaccompaniedChild;
        @case.SetJointInterviewAgencies(PoliceAgencyId!.Value, SocialServiceAgencyId!.Value);
    }

    /// <summary>The form as it shows an existing case; the identity is decrypted by the caller's right to see it.</summary>
    public static CaseForm From(Case @case, PersonIdentity person) => new()
    {
        Id = @case.Id,
        Number = @case.Number,
        Version = @case.Version,
        FirstName = person.FirstName,
        LastName = person.LastName,
        Aliases = person.Aliases,
        PersonalNumber = person.PersonalNumber,
        Phone = person.Phone,
        Address = person.Address,
        Sex = @case.Sex,
        DateOfBirth = @case.DateOfBirth,
        EstimatedAge = @case.EstimatedAge,
        Citizenship = @case.Citizenship,
        CountyId = @case.CountyId,
        MunicipalityId = @case.MunicipalityId,
        Languages = @case.Languages,
        Disabilities = @case.Disabilities,
        AccompanyingChildren = @case.AccompanyingChildren,
        Forms = Enum.GetValues<ExploitationForms>().Where(f => f != ExploitationForms.None && @case.Forms.HasFlag(f)).ToList(),
        LabourSector = @case.LabourSector,
        Means = Enum.GetValues<ControlMeans>().Where(m => m != ControlMeans.None && @case.Means.HasFlag(m)).ToList(),
        IsCrossBorder = @case.IsCrossBorder,
        RecruitmentCountries = [.. Countries.Split(@case.RecruitmentCountries)],
        TransitCountries = [.. Countries.Split(@case.TransitCountries)],
        ExploitationCountries = [.. Countries.Split(@case.ExploitationCountries)],
        IdentifiedOn = @case.IdentifiedOn,
        PlaceOfIdentification = @case.PlaceOfIdentification,
        Channel = @case.Channel,
        UnaccompaniedChild = @case.UnaccompaniedChild,
        PoliceAgencyId = @case.PoliceAgencyId,
        SocialServiceAgencyId = @case.SocialServiceAgencyId,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? JoinCodes(List<string> codes) =>
        codes.Count == 0 ? null : string.Join(',', codes.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal));

    public sealed class Validator : AbstractValidator<CaseForm>
    {
        public Validator(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.FirstName).NotEmpty().MaximumLength(100);
            RuleFor(f => f.LastName).NotEmpty().MaximumLength(100);
            RuleFor(f => f.Aliases).MaximumLength(200);
            RuleFor(f => f.PersonalNumber).MaximumLength(30)
                .Matches("^[A-Za-z0-9 -]*$").WithMessage(_ => l["Use only letters, digits, spaces and hyphens."]);
            RuleFor(f => f.Phone).MaximumLength(30)
                .Matches(@"^[0-9 +()\-]*$").WithMessage(_ => l["Use only digits, spaces and + ( ) -."]);
            RuleFor(f => f.Address).MaximumLength(300);
            RuleFor(f => f.Sex).NotNull().IsInEnum();

            RuleFor(f => f.DateOfBirth).Plausible(DateKind.Birth, clock, l);
            RuleFor(f => f.EstimatedAge).InclusiveBetween(0, 110).When(f => f.EstimatedAge is not null);
            RuleFor(f => f.EstimatedAge).NotNull()
                .WithMessage(_ => l["Give the date of birth or, when it is not known, an estimated age."])
                .When(f => f.DateOfBirth is null);

            RuleFor(f => f.Citizenship).NotEmpty()
                .Must(Countries.IsKnown).WithMessage(_ => l["Choose a country from the list."]);
            RuleFor(f => f.CountyId)
                .MustAsync(async (id, ct) => await db.Counties.AnyAsync(c => c.Id == id, ct))
                .WithMessage(_ => l["Choose a county from the list."])
                .When(f => f.CountyId is not null);
            RuleFor(f => f.MunicipalityId)
                .MustAsync(async (form, id, ct) => await db.Municipalities.AnyAsync(m => m.Id == id && m.CountyId == form.CountyId, ct))
                .WithMessage(_ => l["Choose a municipality of the chosen county."])
                .When(f => f.MunicipalityId is not null);
            RuleFor(f => f.Languages).MaximumLength(200);
            RuleFor(f => f.Disabilities).MaximumLength(500);
            RuleFor(f => f.AccompanyingChildren).InclusiveBetween(0, 20);

            RuleFor(f => f.Forms).NotEmpty().WithMessage(_ => l["Choose at least one form of exploitation."]);
            RuleForEach(f => f.Forms).IsInEnum().NotEqual(ExploitationForms.None);
            RuleFor(f => f.LabourSector).NotNull().IsInEnum()
                .WithMessage(_ => l["Choose the sector of forced labour."])
                .When(f => f.Forms.Contains(ExploitationForms.ForcedLabour));
            RuleForEach(f => f.Means).IsInEnum().NotEqual(ControlMeans.None);
            RuleForEach(f => f.RecruitmentCountries).Must(Countries.IsKnown).WithMessage(_ => l["Choose a country from the list."]);
            RuleForEach(f => f.TransitCountries).Must(Countries.IsKnown).WithMessage(_ => l["Choose a country from the list."]);
            RuleForEach(f => f.ExploitationCountries).Must(Countries.IsKnown).WithMessage(_ => l["Choose a country from the list."]);

            RuleFor(f => f.IdentifiedOn).NotNull().Plausible(DateKind.Happened, clock, l);
            RuleFor(f => f.IdentifiedOn)
                .Must((form, d) => d >= form.DateOfBirth).WithMessage(_ => l["Identification cannot come before birth."])
                .When(f => f.IdentifiedOn is not null && f.DateOfBirth is not null);
            RuleFor(f => f.PlaceOfIdentification).MaximumLength(200);
            RuleFor(f => f.Channel).NotNull().IsInEnum();
            RuleFor(f => f.UnaccompaniedChild)
                .Must((form, unaccompanied) => !unaccompanied || IsMinor(form))
                .WithMessage(_ => l["Only a child can be an unaccompanied child."]);

            RuleFor(f => f.PoliceAgencyId).NotNull()
                .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id && a.IsActive && a.Kind == AgencyKind.Police, ct))
                .WithMessage(_ => l["Choose an active police institution."]);
            RuleFor(f => f.SocialServiceAgencyId).NotNull()
                .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id && a.IsActive && a.Kind == AgencyKind.SocialService, ct))
                .WithMessage(_ => l["Choose an active social-service institution."]);

            When(f => f.IsNew, () =>
            {
                RuleFor(f => f.ConsentToAssistance).NotNull().WithMessage(_ => l["Record whether the person agreed."]);
                RuleFor(f => f.ConsentToShare).NotNull().WithMessage(_ => l["Record whether the person agreed."]);
                RuleFor(f => f.ConsentGivenBy).NotNull().IsInEnum();
                RuleFor(f => f.ConsentGivenBy)
                    .Must((form, giver) => giver != ConsentGiver.Person || !IsMinor(form))
                    .WithMessage(_ => l["For a child, consent is given by a guardian or a child-protection worker."]);
            });
        }

        private static bool IsMinor(CaseForm form)
        {
            if (form.IdentifiedOn is not { } on)
            {
                return form.EstimatedAge is < Age.Adult;
            }

            var age = form.DateOfBirth is { } dob ? Age.On(dob, on) : form.EstimatedAge;
            return age is < Age.Adult;
        }
    }

    /// <summary>Fills the lists the form's selects choose from.</summary>
    public sealed class ChoicesHandler(AppDbContext db, ReferenceNames names, IStringLocalizer<SharedResource> l)
    {
        public async Task<CaseForm> FillAsync(CaseForm form)
        {
            form.CountyChoices = await db.Counties.AsNoTracking().OrderBy(c => c.Name)
                .Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync();
            form.MunicipalityChoices = await db.Municipalities.AsNoTracking().OrderBy(m => m.County.Name).ThenBy(m => m.Name)
                .Select(m => new SelectListItem(m.Name + " (" + m.County.Name + ")", m.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync();
            var directory = await names.GetAsync();
            form.PoliceChoices = directory.Choices(l, a => a.Kind == AgencyKind.Police, Held(form.PoliceAgencyId));
            form.SocialServiceChoices = directory.Choices(l, a => a.Kind == AgencyKind.SocialService, Held(form.SocialServiceAgencyId));
            form.CountryChoices = Countries.Choices([form.Citizenship, .. form.RecruitmentCountries, .. form.TransitCountries, .. form.ExploitationCountries]);
            return form;
        }

        private static int[] Held(int? id) => id is { } held ? [held] : [];
    }
}
