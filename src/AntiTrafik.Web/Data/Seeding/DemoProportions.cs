using AntiTrafik.Domain.Cases;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// The shape of the invented demo history (<see cref="DemoHistory"/>). These are approximations of the shape of
/// Albania's published statistics on identified victims and potential victims of trafficking (the yearly figures of
/// the National Anti-Trafficking Coordinator's office, as GRETA's evaluations and the US Trafficking in Persons reports
/// summarise them), not their numbers: about a hundred identifications a year; mostly women and girls; a third to a
/// half children; sexual exploitation the largest form, then forced labour and forced begging; mostly Albanian
/// citizens, mostly exploited inside Albania; counties weighted toward Tirana, Durrës, Elbasan, Fier, Shkodër and
/// Vlorë. Every number below was chosen to give that shape; none is a published figure, and no record made from them
/// is a real person or a real case.
/// </summary>
public static class DemoProportions
{
    /// <summary>The same history on every start and in every test.</summary>
    public const int Seed = 2017_2026;

    /// <summary>
    /// Identifications in each of the ten years ending with the current one, oldest first (about a hundred, varying as
    /// yearly figures do). The current year gets its share of the days gone by.
    /// </summary>
    public static readonly int[] PerYear = [104, 95, 97, 108, 117, 124, 113, 101, 109, 102];

    public const double Women = 0.74;

    /// <summary>Children among women and girls, and among men and boys (boys are most of the begging cases).</summary>
    public const double GirlsAmongFemale = 0.40;
    public const double BoysAmongMale = 0.52;

    /// <summary>Counties by weight (a hundred in all).</summary>
    public static readonly (string County, double Weight)[] Counties =
    [
        ("Tiranë", 26), ("Durrës", 12), ("Elbasan", 11), ("Fier", 10), ("Shkodër", 8), ("Vlorë", 8),
        ("Korçë", 6), ("Berat", 5), ("Lezhë", 4), ("Kukës", 4), ("Dibër", 3), ("Gjirokastër", 3),
    ];

    /// <summary>The NGO shelter of the coalition nearest to a county (Vatra in the south, Tjetër Vizion in the east).</summary>
    public static string ShelterNear(string county) => county switch
    {
        "Vlorë" or "Fier" or "Gjirokastër" or "Berat" => "VATRA",
        "Elbasan" or "Korçë" or "Dibër" => "TV",
        _ => AgencyCatalog.ShelterDifferentAndEqual,
    };

    /// <summary>How often the case is identified in the county's seat rather than another of its municipalities.</summary>
    public const double InCountySeat = 0.7;

    /// <summary>Ages: children mostly 15–17, adults mostly under 25.</summary>
    public static readonly ((int From, int To) Ages, double Weight)[] ChildAges = [((6, 11), 15), ((12, 14), 30), ((15, 17), 55)];

    public static readonly ((int From, int To) Ages, double Weight)[] AdultAges =
        [((18, 20), 30), ((21, 24), 25), ((25, 29), 18), ((30, 39), 17), ((40, 49), 7), ((50, 60), 3)];

    /// <summary>The main form of exploitation, by sex and majority: sexual exploitation for women and girls, begging and labour for boys.</summary>
    public static IReadOnlyList<(ExploitationForms Form, double Weight)> FormsFor(Sex sex, bool child) => (sex, child) switch
    {
        (Sex.Female, false) => [(ExploitationForms.SexualExploitation, 75), (ExploitationForms.ForcedLabour, 10), (ExploitationForms.ForcedMarriage, 7), (ExploitationForms.ForcedBegging, 3), (ExploitationForms.ForcedCriminalActivity, 2), (ExploitationForms.Other, 3)],
        (Sex.Female, true) => [(ExploitationForms.SexualExploitation, 55), (ExploitationForms.ForcedBegging, 18), (ExploitationForms.ForcedLabour, 12), (ExploitationForms.ForcedMarriage, 10), (ExploitationForms.ForcedCriminalActivity, 2), (ExploitationForms.Other, 3)],
        (_, false) => [(ExploitationForms.ForcedLabour, 55), (ExploitationForms.ForcedCriminalActivity, 15), (ExploitationForms.ForcedBegging, 12), (ExploitationForms.SexualExploitation, 10), (ExploitationForms.Other, 8)],
        _ => [(ExploitationForms.ForcedBegging, 45), (ExploitationForms.ForcedLabour, 25), (ExploitationForms.ForcedCriminalActivity, 15), (ExploitationForms.SexualExploitation, 10), (ExploitationForms.Other, 5)],
    };

    /// <summary>A second form alongside the first (sexual exploitation in a forced marriage, begging beside labour).</summary>
    public const double SecondForm = 0.08;

    public static readonly (LabourSector Sector, double Weight)[] LabourSectors =
    [
        (LabourSector.Agriculture, 30), (LabourSector.Hospitality, 25), (LabourSector.Construction, 15), (LabourSector.Manufacturing, 15),
        (LabourSector.DomesticWork, 10), (LabourSector.Fishing, 2), (LabourSector.Other, 3),
    ];

    /// <summary>The means of control typical of each form; a case takes two or three of them.</summary>
    public static ControlMeans[] MeansFor(ExploitationForms form) => form switch
    {
        ExploitationForms.SexualExploitation => [ControlMeans.FalsePromises, ControlMeans.Threats, ControlMeans.PsychologicalAbuse, ControlMeans.TakesEarnings, ControlMeans.PhysicalAbuse],
        ExploitationForms.ForcedLabour => [ControlMeans.ExcessiveWorkingHours, ControlMeans.TakesEarnings, ControlMeans.DebtBondage, ControlMeans.WithheldDocuments, ControlMeans.Threats],
        ExploitationForms.ForcedBegging => [ControlMeans.Threats, ControlMeans.TakesEarnings, ControlMeans.PhysicalAbuse, ControlMeans.RestrictedMovement],
        ExploitationForms.ForcedCriminalActivity => [ControlMeans.Threats, ControlMeans.PsychoactiveSubstances, ControlMeans.PhysicalAbuse, ControlMeans.DebtBondage],
        ExploitationForms.ForcedMarriage => [ControlMeans.RestrictedMovement, ControlMeans.PsychologicalAbuse, ControlMeans.SexualAbuse, ControlMeans.Threats],
        _ => [ControlMeans.Threats, ControlMeans.FalsePromises, ControlMeans.PsychologicalAbuse],
    };

    /// <summary>Who identifies: police and the mobile identification units (from 2018 on) most of all.</summary>
    public static IReadOnlyList<(IdentificationChannel Channel, double Weight)> ChannelsIn(int year) =>
    [
        (IdentificationChannel.Police, 34), (IdentificationChannel.MobileUnit, year < 2018 ? 6 : 24), (IdentificationChannel.NgoOutreach, 16),
        (IdentificationChannel.Hotline, 8), (IdentificationChannel.SelfReferral, 7), (IdentificationChannel.LabourInspection, 4),
        (IdentificationChannel.Consulate, 4), (IdentificationChannel.Other, 3),
    ];

    /// <summary>Citizenship: Albanian for most; a few from Kosovo and along the migration route.</summary>
    public static readonly (string Country, double Weight)[] Citizenships =
        [("AL", 88), ("XK", 3), ("SY", 2), ("AF", 2), ("PK", 1), ("BD", 1), ("PH", 1), ("UA", 1), ("MA", 1)];

    /// <summary>Where Albanian citizens were exploited: mostly inside Albania.</summary>
    public static readonly (string Country, double Weight)[] ExploitationCountries =
        [("AL", 84), ("XK", 4), ("IT", 3), ("GR", 3), ("GB", 2), ("DE", 1), ("FR", 1), ("MK", 1), ("ME", 1)];

    /// <summary>Where foreign citizens were exploited: Albania, or the countries they were taken through or to.</summary>
    public static readonly (string Country, double Weight)[] ForeignersExploitedIn = [("AL", 70), ("GR", 12), ("IT", 10), ("DE", 8)];

    /// <summary>Adults who did not agree to their data being shared: their cases are not referred.</summary>
    public const double NoAgreementToShare = 0.03;

    /// <summary>How identification ended for a case older than four months (the rest stay potential victims).</summary>
    public const double OfficialVictims = 0.55;
    public const double NotVictims = 0.08;

    /// <summary>Cases still open, by how long ago they were identified.</summary>
    public static double OpenAfter(int days) => days switch
    {
        < 180 => 0.9,
        < 365 => 0.6,
        < 730 => 0.3,
        _ => 0.06,
    };

    public static readonly (ClosureReason Reason, double Weight)[] Closures =
    [
        (ClosureReason.Reintegrated, 60), (ClosureReason.LostContact, 15), (ClosureReason.RefusedAssistance, 10),
        (ClosureReason.ReturnedToCountryOfOrigin, 5), (ClosureReason.Other, 10),
    ];

    /// <summary>One value drawn by weight.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<(T Value, double Weight)> weights)
    {
        var draw = random.NextDouble() * weights.Sum(w => w.Weight);
        foreach (var (value, weight) in weights)
        {
            draw -= weight;
            if (draw < 0)
            {
                return value;
            }
        }

        return weights[^1].Value;
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Any<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
