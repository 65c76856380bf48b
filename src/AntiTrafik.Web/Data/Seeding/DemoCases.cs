using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Features.Cases;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// A handful of invented cases across the demo agencies, registered and assessed through the real use
/// cases (so numbers, encryption, consent and the audit trail are as in real use). Demo mode only, and
/// only into a database without cases. Two of them are the same invented person, spelled differently, to
/// show the duplicate warning.
/// </summary>
public sealed class DemoCases(AppDbContext db, Register.Handler register, Actions.Handler actions, TimeProvider clock)
{
    private sealed record Person(string Registrar, string First, string Last, Sex Sex, int AgeYears, ExploitationForms Form, IdentificationChannel Channel,
        string PoliceCode, string SocialCode, string County, bool CrossBorder = false, string? Exploitation = null, string? PersonalNumber = null, ConsentGiver Giver = ConsentGiver.Person);

    private static readonly Person[] People =
    [
        new(DemoSeeder.PoliceTiranaEmail, "Elira", "Marku", Sex.Female, 19, ExploitationForms.SexualExploitation, IdentificationChannel.Police,
            "DVP-TIRANE", "SHSSH-TIRANE", "Tiranë", CrossBorder: true, Exploitation: "IT", PersonalNumber: "J75405123A"),
        new(DemoSeeder.PoliceTiranaEmail, "Klodian", "Hysa", Sex.Male, 15, ExploitationForms.ForcedBegging, IdentificationChannel.MobileUnit,
            "DVP-TIRANE", "SHSSH-TIRANE", "Tiranë", Giver: ConsentGiver.ChildProtectionWorker),
        new(DemoSeeder.SocialServiceTiranaEmail, "Mirjeta", "Doko", Sex.Female, 24, ExploitationForms.ForcedLabour, IdentificationChannel.NgoOutreach,
            "DVP-TIRANE", "SHSSH-TIRANE", "Tiranë"),
        new(DemoSeeder.ShelterEmail, "Rudina", "Ceka", Sex.Female, 17, ExploitationForms.SexualExploitation, IdentificationChannel.Hotline,
            "DVP-TIRANE", "SHSSH-TIRANE", "Durrës", Giver: ConsentGiver.Guardian),
        new(DemoSeeder.PoliceVloraEmail, "Arjola", "Meta", Sex.Female, 22, ExploitationForms.ForcedMarriage, IdentificationChannel.Police,
            "DVP-VLORE", "SHSSH-VLORE", "Vlorë", CrossBorder: true, Exploitation: "GR"),
        new(DemoSeeder.ChildRightsEmail, "Erion", "Lika", Sex.Male, 13, ExploitationForms.ForcedCriminalActivity, IdentificationChannel.NgoOutreach,
            "DVP-DURRES", "SHSSH-DURRES", "Durrës", Giver: ConsentGiver.ChildProtectionWorker),
        new(DemoSeeder.ShelterEmail, "Elira", "Markú", Sex.Female, 19, ExploitationForms.SexualExploitation, IdentificationChannel.SelfReferral,
            "DVP-TIRANE", "SHSSH-TIRANE", "Tiranë", CrossBorder: true, Exploitation: "IT"),
    ];

    public async Task SeedAsync()
    {
        if (await db.Cases.AnyAsync())
        {
            return;
        }

        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id, StringComparer.Ordinal);
        var counties = await db.Counties.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Id, StringComparer.Ordinal);
        var users = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@antitrafik.demo"))
            .ToDictionaryAsync(u => u.Email!, u => (u.Id, u.AgencyId), StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var ids = new List<int>();
        foreach (var (person, index) in People.Select((p, i) => (p, i)))
        {
            var identifiedOn = today.AddDays(-20 * (index + 1));
            var form = new CaseForm
            {
                FirstName = person.First,
                LastName = person.Last,
                PersonalNumber = person.PersonalNumber,
                Sex = person.Sex,
                EstimatedAge = person.AgeYears,
                Citizenship = "AL",
                CountyId = counties[person.County],
                Forms = [person.Form],
                LabourSector = person.Form == ExploitationForms.ForcedLabour ? LabourSector.Hospitality : null,
                Means = [ControlMeans.Threats, ControlMeans.FalsePromises],
                IsCrossBorder = person.CrossBorder,
                RecruitmentCountries = ["AL"],
                ExploitationCountries = person.Exploitation is null ? ["AL"] : [person.Exploitation],
                IdentifiedOn = identifiedOn,
                PlaceOfIdentification = person.County,
                Channel = person.Channel,
                UnaccompaniedChild = person.AgeYears < 16,
                PoliceAgencyId = agencies[person.PoliceCode],
                SocialServiceAgencyId = agencies[person.SocialCode],
                ConsentToAssistance = true,
                ConsentToShare = true,
                ConsentGivenBy = person.Giver,
            };
            ids.Add((await register.RegisterAsync(form, As(users[person.Registrar], Roles.Caseworker))).Value);
        }

        // Mirjeta Doko went through the joint interview: both sides found her a victim.
        var police = As(users[DemoSeeder.PoliceTiranaEmail], Roles.Caseworker);
        var social = As(users[DemoSeeder.SocialServiceTiranaEmail], Roles.Caseworker);
        await actions.AssessAsync(ids[2], AssessingSide.Police, new Actions.AssessForm { Finding = Finding.Victim, Reasons = "Indicators of forced labour confirmed in the interview." }, police);
        await actions.AssessAsync(ids[2], AssessingSide.SocialService, new Actions.AssessForm { Finding = Finding.Victim, Reasons = "Consistent account; needs shelter and employment support." }, social);
    }

    private static ClaimsPrincipal As((string Id, int AgencyId) user, string role) => SeedPrincipal.For(user.Id, user.AgencyId, role);
}
