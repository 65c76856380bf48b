using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Exports;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Statistics;

/// <summary>The dashboard and its exports. Every export is recorded in the audit trail.</summary>
[Authorize(Policies.CaseWork)]
[Route("Statistics")]
public sealed class StatisticsController(Dashboard.Handler dashboard, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : Controller
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] Dashboard.Query query, CancellationToken ct) =>
        View(await dashboard.BuildAsync(Plausible(query), User, ct));

    /// <summary>One table (or all of them) as CSV or Excel, with the same numbers and small-cell rule as the page.</summary>
    [HttpGet("Export"), EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> Export([FromQuery] Dashboard.Query query, string? table, string format, CancellationToken ct)
    {
        var model = await dashboard.BuildAsync(Plausible(query), User, ct);
        var tables = model.Tables.Where(t => table is null || t.Key == table).ToList();
        if (tables.Count == 0 || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        var sheets = tables.Select(t => new ExportSheet(t.Title, [l["Category"], l["Count"]],
            t.Rows.Select(r => (IReadOnlyList<object?>)[r.Label, model.National ? r.Value : model.Show(r.Value)]).ToList())).ToList();
        await audit.RecordAsync(AuditAction.Export, "Statistics", table ?? "all", $"{format} {model.From:yyyy-MM-dd}..{model.To:yyyy-MM-dd}", User);
        return format == "csv"
            ? File(TableFiles.Csv(sheets.Count == 1 ? sheets[0] : Flatten(sheets)), "text/csv; charset=utf-8", model.FileName(table, "csv"))
            : File(TableFiles.Xlsx(sheets), XlsxType, model.FileName(table, "xlsx"));
    }

    /// <summary>The annual pack for GRETA and the US TIP report: one sheet per table, with the period and the time of export. Runs in the background.</summary>
    [HttpPost("ReportPack"), Authorize(Policies.Coordination), EnableRateLimiting(RateLimits.Exports)]
    public IActionResult ReportPack(int year, [FromServices] ExportJobs jobs)
    {
        if (ImplausibleYear(year) is { } refused)
        {
            return refused;
        }

        var user = User;
        var id = jobs.Start(user, $"antitrafik-raporti-{year}.xlsx", XlsxType, async (services, progress, ct) =>
        {
            var board = services.GetRequiredService<Dashboard.Handler>();
            var strings = services.GetRequiredService<IStringLocalizer<SharedResource>>();
            var model = await board.BuildAsync(new Dashboard.Query(Year: year), user, ct);
            progress.Report(80);
            var info = new ExportSheet(strings["Report"], [strings["Field"], strings["Value"]],
            [
                [strings["Period"].Value, $"{model.From:dd.MM.yyyy} – {model.To:dd.MM.yyyy}"],
                [strings["Exported at"].Value, clock.GetUtcNow().UtcDateTime.ToString("dd.MM.yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.CurrentCulture)],
                [strings["Counting"].Value, strings["People: records linked as one person count once."].Value],
            ]);
            var sheets = new List<ExportSheet> { info };
            sheets.AddRange(model.Tables.Select(t => new ExportSheet(t.Title, [strings["Category"], strings["Count"]], t.Rows.Select(r => (IReadOnlyList<object?>)[r.Label, r.Value]).ToList())));
            await services.GetRequiredService<AuditTrail>().RecordAsync(AuditAction.Export, "Statistics", "report-pack", year.ToString(System.Globalization.CultureInfo.InvariantCulture), user);
            return TableFiles.Xlsx(sheets);
        });
        return RedirectToAction(nameof(Job), new { id });
    }

    /// <summary>The anonymised case-level export in the CTDC layout, with k-anonymity. Runs in the background.</summary>
    [HttpPost("Ctdc"), Authorize(Policies.Coordination), EnableRateLimiting(RateLimits.Exports)]
    public IActionResult Ctdc(int year, [FromServices] ExportJobs jobs)
    {
        if (ImplausibleYear(year) is { } refused)
        {
            return refused;
        }

        var user = User;
        var id = jobs.Start(user, $"antitrafik-ctdc-{year}.csv", "text/csv; charset=utf-8", async (services, progress, ct) =>
        {
            var export = services.GetRequiredService<CtdcExport>();
            var strings = services.GetRequiredService<IStringLocalizer<SharedResource>>();
            var (sheet, suppressed) = await export.BuildAsync(year, ct, progress);
            await services.GetRequiredService<AuditTrail>().RecordAsync(AuditAction.Export, "Statistics", "ctdc", $"{year} rows {sheet.Rows.Count} suppressed {suppressed} k {export.K}", user);
            // A file of headers alone would look like an export that worked: say instead why there is nothing to give.
            if (sheet.Rows.Count == 0)
            {
                return ExportResult.Nothing(suppressed == 0
                    ? strings["No file: no case was registered in {0}.", year]
                    : strings.Plural(suppressed,
                        "No file: the only record of {1} was left out to keep it anonymous, because fewer than {2} records share its characteristics (k-anonymity).",
                        "No file: all {0} records of {1} were left out to keep them anonymous, because no group of at least {2} records shares the same characteristics (k-anonymity).",
                        suppressed, year, export.K));
            }

            return TableFiles.Csv(sheet);
        });
        return RedirectToAction(nameof(Job), new { id });
    }

    /// <summary>How far a background export got; the page refreshes itself until the file is ready.</summary>
    [HttpGet("Exports/{id:guid}")]
    public IActionResult Job(Guid id, [FromServices] ExportJobs jobs) =>
        jobs.Find(id, User) is { } job ? View(job) : NotFound();

    [HttpGet("Exports/{id:guid}/File")]
    public IActionResult JobFile(Guid id, [FromServices] ExportJobs jobs) =>
        jobs.Find(id, User) is { Content: { } content } job ? File(content, job.ContentType, job.FileName) : NotFound();

    /// <summary>The filters with an implausible year or day (the portal's date rule) left out, each with its reason for the page.</summary>
    private Dashboard.Query Plausible(Dashboard.Query query)
    {
        var year = query.Year;
        var today = PortalTime.Today(clock);
        if (year is { } asked && !PlausibleDates.IsPlausibleYear(asked, today))
        {
            ModelState.AddModelError(nameof(query.Year), DateRules.YearMessage(today, l));
            year = null;
        }

        return query with
        {
            Year = year,
            From = DateRules.Filter(query.From, nameof(query.From), ModelState, clock, l),
            To = DateRules.Filter(query.To, nameof(query.To), ModelState, clock, l),
        };
    }

    /// <summary>An annual export of a year no record can be in is refused on the statistics page, before any work starts.</summary>
    private RedirectToActionResult? ImplausibleYear(int year)
    {
        var today = PortalTime.Today(clock);
        if (PlausibleDates.IsPlausibleYear(year, today))
        {
            return null;
        }

        TempData["Problem"] = DateRules.YearMessage(today, l);
        return RedirectToAction(nameof(Index));
    }

    private static ExportSheet Flatten(IReadOnlyList<ExportSheet> sheets) =>
        new("all", ["Table", sheets[0].Headers[0], sheets[0].Headers[1]],
            sheets.SelectMany(s => s.Rows.Select(r => (IReadOnlyList<object?>)[s.Name, r[0], r[1]])).ToList());
}
