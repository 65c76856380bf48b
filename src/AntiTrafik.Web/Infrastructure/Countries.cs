using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// The countries a case names (citizenship, recruitment, transit, exploitation): every ISO 3166-1 alpha-2 country
/// plus Kosovo (XK), with Albanian and English names from Unicode CLDR (<c>countries.json</c>, written by
/// <c>scripts/generate-countries.py</c>). Codes are what is stored. CLDR's other territories (Canary Islands, Diego
/// Garcia…), which the portal once offered, still show their names on records that hold them, but are not offered.
/// </summary>
public static class Countries
{
    public const string Albania = "AL";

    private sealed record Entry(string Code, string Sq, string En);

    private sealed record Data(string Source, List<Entry> Countries, List<Entry> Other);

    private static readonly Data Loaded = Load();

    private static readonly FrozenDictionary<string, Entry> All =
        Loaded.Countries.Concat(Loaded.Other).ToFrozenDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The codes a form offers.</summary>
    public static IReadOnlyList<string> Codes { get; } = Loaded.Countries.Select(e => e.Code).ToList();

    /// <summary>Where the names come from (package and version), for the record.</summary>
    public static string Source => Loaded.Source;

    /// <summary>A code a record may hold: an offered country, or a territory an older record holds.</summary>
    public static bool IsKnown(string? code) => code is not null && All.ContainsKey(code);

    /// <summary>The name in the reader's language (Albanian unless they chose English); an unknown code as it is.</summary>
    public static string NameOf(string code) =>
        All.TryGetValue(code, out var entry)
            ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == PortalCultures.English ? entry.En : entry.Sq
            : code;

    /// <summary>
    /// Albania first, then the rest by name in the reader's language and alphabet (Ç after C, Ë after E in Albanian).
    /// A territory no longer offered stays in the list when the record holds it, so saving does not lose it.
    /// </summary>
    public static IReadOnlyList<SelectListItem> Choices(IEnumerable<string?>? held = null)
    {
        var compare = StringComparer.Create(CultureInfo.CurrentUICulture, CompareOptions.None);
        var kept = (held ?? []).OfType<string>().Where(c => All.ContainsKey(c) && !Codes.Contains(c, StringComparer.OrdinalIgnoreCase))
            .Select(c => All[c].Code);
        return Codes.Concat(kept).Distinct(StringComparer.Ordinal)
            .OrderBy(c => c == Albania ? 0 : 1).ThenBy(NameOf, compare)
            .Select(c => new SelectListItem(NameOf(c), c))
            .ToList();
    }

    public static string Names(string? codes) =>
        string.Join(", ", Split(codes).Select(NameOf));

    public static IReadOnlyList<string> Split(string? codes) =>
        (codes ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Data Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("AntiTrafik.Web.Infrastructure.countries.json")
            ?? throw new InvalidOperationException("The country list (countries.json) is not embedded.");
        return JsonSerializer.Deserialize<Data>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The country list (countries.json) is empty.");
    }
}
