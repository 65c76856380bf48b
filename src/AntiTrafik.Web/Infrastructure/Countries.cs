using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// ISO 3166-1 alpha-2 countries (plus XK, Kosovo, as the region list has it), Albania first. English names
/// come from .NET; Albanian names are given for the countries that NRM cases involve most, and otherwise
/// fall back to English.
/// </summary>
public static class Countries
{
    public const string Albania = "AL";

    private static readonly Dictionary<string, string> AlbanianNames = new(StringComparer.Ordinal)
    {
        ["AL"] = "Shqipëri", ["XK"] = "Kosovë", ["MK"] = "Maqedoni e Veriut", ["ME"] = "Mal i Zi", ["GR"] = "Greqi",
        ["IT"] = "Itali", ["DE"] = "Gjermani", ["FR"] = "Francë", ["GB"] = "Mbretëria e Bashkuar", ["BE"] = "Belgjikë",
        ["NL"] = "Holandë", ["CH"] = "Zvicër", ["AT"] = "Austri", ["ES"] = "Spanjë", ["TR"] = "Turqi", ["RS"] = "Serbi",
        ["BA"] = "Bosnjë dhe Hercegovinë", ["HR"] = "Kroaci", ["SI"] = "Slloveni", ["BG"] = "Bullgari", ["RO"] = "Rumani",
        ["HU"] = "Hungari", ["IE"] = "Irlandë", ["SE"] = "Suedi", ["NO"] = "Norvegji", ["DK"] = "Danimarkë",
        ["US"] = "Shtetet e Bashkuara", ["CA"] = "Kanada", ["UA"] = "Ukrainë", ["RU"] = "Rusi", ["MD"] = "Moldavi",
        ["SY"] = "Siri", ["IQ"] = "Irak", ["AF"] = "Afganistan", ["PK"] = "Pakistan", ["BD"] = "Bangladesh",
        ["NG"] = "Nigeri", ["PH"] = "Filipine", ["CN"] = "Kinë", ["EG"] = "Egjipt", ["MA"] = "Marok", ["CY"] = "Qipro",
        ["PT"] = "Portugali", ["PL"] = "Poloni", ["CZ"] = "Çeki", ["AE"] = "Emiratet e Bashkuara Arabe",
    };

    public static IReadOnlyList<string> Codes { get; } = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => TryRegion(c.Name))
        .Where(r => r is not null && r.TwoLetterISORegionName.Length == 2 && char.IsLetter(r.TwoLetterISORegionName[0]))
        .Select(r => r!.TwoLetterISORegionName.ToUpperInvariant())
        .Append("XK")
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private static readonly HashSet<string> Known = [.. Codes];

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code.ToUpperInvariant());

    public static string NameOf(string code)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == PortalCultures.Albanian && AlbanianNames.TryGetValue(code, out var sq))
        {
            return sq;
        }

        return code == "XK" ? "Kosovo" : TryRegion(code)?.EnglishName ?? code;
    }

    /// <summary>Albania first, then the rest by name in the current language.</summary>
    public static IReadOnlyList<SelectListItem> Choices() =>
        Codes.OrderBy(c => c == Albania ? 0 : 1).ThenBy(NameOf, StringComparer.CurrentCulture)
            .Select(c => new SelectListItem(NameOf(c), c))
            .ToList();

    public static string Names(string? codes) =>
        string.Join(", ", Split(codes).Select(NameOf));

    public static IReadOnlyList<string> Split(string? codes) =>
        (codes ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static RegionInfo? TryRegion(string name)
    {
        try
        {
            return new RegionInfo(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
