using System.Globalization;
using AntiTrafik.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// The one way a form offers institutions: from the cached directory (<see cref="ReferenceNames"/>), grouped by kind
/// and county ("Policia · Korçë", national ones under their kind alone), groups and names in the reader's alphabet.
/// A select shows the groups as <c>&lt;optgroup&gt;</c>s without script; with <c>data-enhance="search"</c> it becomes
/// a searchable box (<c>wwwroot/js/enhance-select.js</c>) in which a group's name finds its institutions too.
/// </summary>
public static class AgencyChoices
{
    /// <param name="include">Which active institutions to offer; all of them when null.</param>
    /// <param name="keep">Institutions offered even when inactive or not included (the ones a record already names).</param>
    public static IReadOnlyList<SelectListItem> Choices(this ReferenceNames.Snapshot directory, IStringLocalizer<SharedResource> l,
        Func<ReferenceNames.AgencyName, bool>? include = null, IEnumerable<int>? keep = null)
    {
        var kept = keep is null ? [] : keep.ToHashSet();
        var compare = StringComparer.Create(CultureInfo.CurrentUICulture, CompareOptions.None);
        var groups = new Dictionary<string, SelectListGroup>(StringComparer.Ordinal);
        SelectListGroup GroupOf(ReferenceNames.AgencyName agency)
        {
            var kind = l["Kind " + agency.Kind].Value;
            var label = directory.County(agency.CountyId) is { } county ? l["{0} · {1}", kind, county].Value : kind;
            if (!groups.TryGetValue(label, out var group))
            {
                group = new SelectListGroup { Name = label };
                groups.Add(label, group);
            }

            return group;
        }

        return directory.AllAgencies
            .Where(a => kept.Contains(a.Id) || (a.IsActive && (include is null || include(a))))
            .Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture)) { Group = GroupOf(a) })
            .OrderBy(i => i.Group.Name, compare)
            .ThenBy(i => i.Text, compare)
            .ToList();
    }

    /// <summary>A copy of the choices with these values selected (for a select without <c>asp-for</c>).</summary>
    public static IReadOnlyList<SelectListItem> Selecting(this IEnumerable<SelectListItem> choices, params IEnumerable<string?> values)
    {
        var chosen = values.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return choices.Select(c => new SelectListItem(c.Text, c.Value, chosen.Contains(c.Value), c.Disabled) { Group = c.Group }).ToList();
    }
}
