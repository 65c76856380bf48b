using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Exports;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Statistics;

/// <summary>
/// One row per record in the layout of the Counter-Trafficking Data Collaborative (CTDC/HTCDS), with no
/// identity field. k-anonymity: a record whose quasi-identifiers (gender, age group, majority status,
/// citizenship, country of exploitation, year of registration) are shared by fewer than k records is left
/// out (k = <c>Statistics:KAnonymity</c>, 11 by default).
/// </summary>
public sealed class CtdcExport(AppDbContext db, IConfiguration configuration)
{
    public static readonly string[] Columns =
    [
        "gender", "ageBroad", "majorityStatus", "citizenship", "yearOfRegistration", "CountryOfExploitation", "Datasource",
        "isSexualExploit", "isForcedLabour", "isForcedMarriage", "isOrganRemoval", "isSlaveryAndPractices", "isOtherExploit",
        "meansDebtBondageEarnings", "meansThreats", "meansAbusePsyPhySex", "meansFalsePromises", "meansDrugsAlcohol",
        "meansExcessiveWorkHours", "meansWithholdDocs", "meansRestrictMovement",
    ];

    public int K => Math.Max(1, configuration.GetValue("Statistics:KAnonymity", 11));

    private const int Batch = 5000;

    public async Task<(ExportSheet Sheet, int Suppressed)> BuildAsync(int year, CancellationToken ct, IProgress<int>? progress = null)
    {
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddYears(1);
        var ofYear = db.Cases.AsNoTracking().Where(c => c.RegisteredAt >= start && c.RegisteredAt < end);
        var total = await ofYear.CountAsync(ct);
        var records = new List<Record>(total);
        // Read in id order, a batch at a time, reporting how far it got.
        for (var after = 0; ; )
        {
            var batch = await ofYear.Where(c => c.Id > after).OrderBy(c => c.Id).Take(Batch)
                .Select(c => new Record(c.Id, c.Sex, c.AgeAtIdentification, c.IsMinor, c.Citizenship, c.RegisteredAt, c.ExploitationCountries, c.Forms, c.Means))
                .ToListAsync(ct);
            records.AddRange(batch);
            progress?.Report(total == 0 ? 90 : 90 * records.Count / total);
            if (batch.Count < Batch)
            {
                break;
            }

            after = batch[^1].Id;
        }

        var rows = records.Select(r => new
        {
            Quasi = (Gender(r.Sex), AgeBroad(r.AgeAtIdentification), r.IsMinor ? "Minor" : r.AgeAtIdentification is null ? "Unknown" : "Adult",
                r.Citizenship, r.RegisteredAt.Year, (r.ExploitationCountries ?? string.Empty).Split(',')[0]),
            r.Forms,
            r.Means,
        }).ToList();
        var safe = rows.GroupBy(r => r.Quasi).Where(g => g.Count() >= K).SelectMany(g => g).ToList();
        var data = safe.Select(r => (IReadOnlyList<object?>)new object?[]
        {
            r.Quasi.Item1, r.Quasi.Item2, r.Quasi.Item3, r.Quasi.Citizenship, r.Quasi.Year, r.Quasi.Item6, "Case Management",
            Flag(r.Forms, ExploitationForms.SexualExploitation), Flag(r.Forms, ExploitationForms.ForcedLabour), Flag(r.Forms, ExploitationForms.ForcedMarriage),
            Flag(r.Forms, ExploitationForms.OrganRemoval), Flag(r.Forms, ExploitationForms.SlaveryAndSimilarPractices),
            r.Forms.HasFlag(ExploitationForms.ForcedBegging) || r.Forms.HasFlag(ExploitationForms.ForcedCriminalActivity) || r.Forms.HasFlag(ExploitationForms.Other) ? 1 : 0,
            r.Means.HasFlag(ControlMeans.DebtBondage) || r.Means.HasFlag(ControlMeans.TakesEarnings) ? 1 : 0,
            Flag(r.Means, ControlMeans.Threats),
            r.Means.HasFlag(ControlMeans.PhysicalAbuse) || r.Means.HasFlag(ControlMeans.SexualAbuse) || r.Means.HasFlag(ControlMeans.PsychologicalAbuse) ? 1 : 0,
            Flag(r.Means, ControlMeans.FalsePromises), Flag(r.Means, ControlMeans.PsychoactiveSubstances), Flag(r.Means, ControlMeans.ExcessiveWorkingHours),
            Flag(r.Means, ControlMeans.WithheldDocuments), Flag(r.Means, ControlMeans.RestrictedMovement),
        }).ToList();
        return (new ExportSheet($"CTDC {year}", Columns, data), rows.Count - safe.Count);
    }

    private sealed record Record(int Id, Sex Sex, int? AgeAtIdentification, bool IsMinor, string Citizenship, DateTime RegisteredAt,
        string? ExploitationCountries, ExploitationForms Forms, ControlMeans Means);

    private static int Flag<T>(T value, T flag) where T : Enum => value.HasFlag(flag) ? 1 : 0;

    private static string Gender(Sex sex) => sex switch
    {
        Sex.Female => "Woman",
        Sex.Male => "Man",
        Sex.Other => "Transgender/NonConforming",
        _ => "Unknown",
    };

    /// <summary>CTDC's broad age groups.</summary>
    public static string AgeBroad(int? age) => age switch
    {
        null => "Unknown",
        <= 8 => "0--8",
        <= 17 => "9--17",
        <= 20 => "18--20",
        <= 23 => "21--23",
        <= 26 => "24--26",
        <= 29 => "27--29",
        <= 38 => "30--38",
        <= 47 => "39--47",
        _ => "48+",
    };
}
