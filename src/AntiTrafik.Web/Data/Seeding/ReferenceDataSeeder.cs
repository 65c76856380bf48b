using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// Roles, the 12 counties with their 61 municipalities, and the NRM institutions. Runs at every start in
/// every environment and adds only what is missing, so an administrator's edits are never overwritten.
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db, RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var geography = ReadCountiesAndMunicipalities();
        var counties = await db.Counties.Include(c => c.Municipalities).ToDictionaryAsync(c => c.Name, StringComparer.Ordinal, cancellationToken);
        foreach (var (countyName, municipalities) in geography)
        {
            if (!counties.TryGetValue(countyName, out var county))
            {
                county = new County { Name = countyName };
                db.Counties.Add(county);
                counties[countyName] = county;
            }

            foreach (var name in municipalities.Where(m => county.Municipalities.All(x => x.Name != m)))
            {
                county.Municipalities.Add(new Municipality { Name = name });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var wanted = AgencyCatalog.National
            .Concat(geography.Keys.SelectMany(AgencyCatalog.ForCounty))
            .Concat(geography.SelectMany(g => g.Value.Select(m => AgencyCatalog.ChildProtectionUnit(g.Key, m))));
        var existing = await db.Agencies.Select(a => a.Code).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        foreach (var seed in wanted.Where(s => !existing.Contains(s.Code)))
        {
            db.Agencies.Add(new Agency
            {
                Code = seed.Code,
                Name = seed.Name,
                Abbreviation = seed.Abbreviation,
                Kind = seed.Kind,
                CountyId = seed.County is null ? null : counties[seed.County].Id,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>County → municipalities, from the CSV shipped inside the assembly.</summary>
    public static IReadOnlyDictionary<string, List<string>> ReadCountiesAndMunicipalities()
    {
        using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream("AntiTrafik.Seeding.counties-municipalities.csv")
            ?? throw new InvalidOperationException("The counties and municipalities list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                continue;
            }

            if (!result.TryGetValue(parts[0], out var list))
            {
                result[parts[0]] = list = [];
            }

            list.Add(parts[1]);
        }

        return result;
    }
}
