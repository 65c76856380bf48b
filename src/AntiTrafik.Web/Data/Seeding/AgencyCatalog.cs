using AntiTrafik.Domain;
using AntiTrafik.Web.Infrastructure;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>A reference-data row: the institution as seeded; <see cref="County"/> by name, null for national bodies.</summary>
public sealed record AgencySeed(string Code, string Name, string? Abbreviation, AgencyKind Kind, string? County = null);

/// <summary>
/// The institutions of the National Referral Mechanism named in the bulletin, the training notice and the
/// glossary; per county the local police directorate, the regional social-service directorate and the
/// county council; per municipality its child-protection unit.
/// </summary>
public static class AgencyCatalog
{
    public const string CoordinatorOffice = "ZKKA";
    public const string StateSocialService = "SHSSH";
    public const string StatePolice = "DPPSH";
    public const string ChildRightsAgency = "ASHMDF";
    public const string ShelterDifferentAndEqual = "TDB";

    public static string PoliceDirectorate(string county) => "DVP-" + CodeOf(county);
    public static string SocialServiceDirectorate(string county) => "SHSSH-" + CodeOf(county);

    public static IReadOnlyList<AgencySeed> National { get; } =
    [
        new(CoordinatorOffice, "Zyra e Koordinatorit Kombëtar Antitrafik", "ZKKA", AgencyKind.CoordinatorOffice),
        new("MB", "Ministria e Brendshme", "MB", AgencyKind.Ministry),
        new("MSHMS", "Ministria e Shëndetësisë dhe Mbrojtjes Sociale", "MSHMS", AgencyKind.Ministry),
        new("MASR", "Ministria e Arsimit, Sportit dhe Rinisë", "MASR", AgencyKind.Ministry),
        new("MEPJ", "Ministria për Evropën dhe Punët e Jashtme", "MEPJ", AgencyKind.Ministry),
        new(StatePolice, "Drejtoria e Përgjithshme e Policisë së Shtetit", "DPPSH", AgencyKind.Police),
        new("PKM", "Policia e Kufirit dhe Migracionit", null, AgencyKind.Police),
        new("DATM", "Drejtoria e Antitrafikut dhe Migracionit", null, AgencyKind.Police),
        new("DASH", "Drejtoria e Azilit dhe Shtetësisë", null, AgencyKind.Police),
        new(StateSocialService, "Shërbimi Social Shtetëror", "SHSSH", AgencyKind.SocialService),
        new(ChildRightsAgency, "Agjencia Shtetërore për Mbrojtjen e të Drejtave të Fëmijëve", "ASHMDF", AgencyKind.ChildProtection),
        new("QKPVT", "Qendra Kombëtare e Pritjes së Viktimave të Trafikimit", "QKPVT", AgencyKind.Shelter, "Tiranë"),
        new("KKSA", "Koalicioni Kombëtar i Strehëzave Antitrafik", "KKSA", AgencyKind.Ngo),
        new(ShelterDifferentAndEqual, "Të Ndryshëm dhe të Barabartë", "TDB", AgencyKind.Shelter, "Tiranë"),
        new("TV", "Tjetër Vizion", null, AgencyKind.Shelter, "Elbasan"),
        new("VATRA", "Vatra", null, AgencyKind.Shelter, "Vlorë"),
        new("ISHP", "Inspektorati Shtetëror i Punës", "ISHP", AgencyKind.Inspectorate),
        new("PP", "Prokuroria e Përgjithshme", "PP", AgencyKind.Prosecution),
        new("PKR", "Prokuroria për Krime të Rënda", "PKR", AgencyKind.Prosecution),
        new("DKA", "Dhoma Kombëtare e Avokatisë", null, AgencyKind.Other),
        new("IOM", "Organizata Ndërkombëtare për Migracionin", "IOM", AgencyKind.InternationalOrganisation),
        new("UNICEF", "UNICEF Shqipëri", "UNICEF", AgencyKind.InternationalOrganisation),
        new("WV", "World Vision Shqipëri", null, AgencyKind.Ngo),
        new("ARSIS", "ARSIS", null, AgencyKind.Ngo),
        new("CARITAS", "Caritas Shqiptar", null, AgencyKind.Ngo),
        new("URAT", "Rrjeti URAT", null, AgencyKind.Ngo),
    ];

    public static IEnumerable<AgencySeed> ForCounty(string county) =>
    [
        new(PoliceDirectorate(county), $"Drejtoria Vendore e Policisë {county}", "DVP", AgencyKind.Police, county),
        new(SocialServiceDirectorate(county), $"Drejtoria Rajonale e Shërbimit Social Shtetëror {county}", null, AgencyKind.SocialService, county),
        new("KQ-" + CodeOf(county), $"Këshilli i Qarkut {county}", null, AgencyKind.LocalGovernment, county),
    ];

    public static AgencySeed ChildProtectionUnit(string county, string municipality) =>
        new("NJMF-" + CodeOf(municipality), $"Njësia e Mbrojtjes së Fëmijëve, Bashkia {municipality}", "NjMF", AgencyKind.ChildProtection, county);

    /// <summary>ASCII, upper case, hyphenated: "Malësi e Madhe" → "MALESI-E-MADHE".</summary>
    public static string CodeOf(string name) => PlainText.WithoutMarks(name, '-').ToUpperInvariant();
}
