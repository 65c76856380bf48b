using System.IO.Compression;
using System.Net;
using System.Text;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Statistics;

/// <summary>
/// A portal of its own with the demo data (seven records of six people once the two "Elira Marku" records
/// are linked), so every figure has a known answer. k = 2 so the CTDC export keeps some rows.
/// </summary>
public sealed class StatisticsPortal : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Statistics:KAnonymity", "2");
    }
}

public sealed class StatisticsTests(StatisticsPortal portal) : IClassFixture<StatisticsPortal>, IAsyncLifetime
{
    private int _year;

    public async Task InitializeAsync()
    {
        // The demo data's year: that of the first case seeded (an unordered "first" would be whichever an index gives).
        _year = await portal.WithDbAsync(db => db.Cases.OrderBy(c => c.Id).Select(c => c.IdentifiedOn.Year).FirstAsync());
        var pair = await portal.WithDbAsync(db => db.Cases.Where(c => c.Initials == "E.M.").OrderBy(c => c.Id).Select(c => new { c.Id, c.PersonKey }).ToListAsync());
        if (pair.Select(p => p.PersonKey).Distinct().Count() > 1)
        {
            using var coordinator = portal.CreatePortalClient();
            await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
            Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync("/Cases/Duplicates", "/Cases/Link", [new("caseId", pair[0].Id.ToString()), new("otherId", pair[1].Id.ToString())])).StatusCode);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Starts a background export as a person would, waits for it as its page does, and downloads it.</summary>
    private static async Task<byte[]> BackgroundExportAsync(PortalClient client, string postUrl)
    {
        var started = await client.SubmitAsync("/Statistics", postUrl, []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var job = started.Headers.Location!.OriginalString;
        // Generous: on a busy CI machine the export shares two cores with every other test.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var page = await client.GetPageAsync(job);
            if (page.Contains("data-testid=\"export-download\""))
            {
                return await (await client.GetAsync(job + "/File")).Content.ReadAsByteArrayAsync();
            }

            Assert.Contains("data-testid=\"export-progress\"", page);
            await Task.Delay(100);
        }

        throw new TimeoutException("The export did not finish.");
    }

    private static string Row(string label, string value) => $"<tr><th scope=\"row\" class=\"fw-normal\">{label}</th><td>{value}</td></tr>";

    [Fact]
    public async Task The_national_dashboard_counts_people_once_with_known_answers()
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);

        var page = await coordinator.GetPageAsync($"/Statistics?Year={_year}");

        Assert.Contains(Row("Persona", "6"), page);
        Assert.Contains(Row("Regjistrime", "7"), page);
        Assert.Contains(Row("Viktimë e mundshme (VMT)", "5"), page);
        Assert.Contains(Row("Viktimë e trafikimit (VT)", "1"), page);
        Assert.Contains(Row("Fëmijë", "3"), page);
        Assert.Contains(Row("Të rritur", "3"), page);
        Assert.Contains(Row("Femër", "4"), page);
        Assert.Contains(Row("Mashkull", "2"), page);
        Assert.Contains(Row("Shfrytëzim seksual", "2"), page);
        Assert.Contains(Row("Lypje e detyruar", "1"), page);
        Assert.Contains(Row("Tiranë", "3"), page);
        Assert.Contains(Row("Durrës", "2"), page);
        Assert.Contains(Row("Vlorë", "1"), page);
        Assert.Contains(Row("Shqiptarë", "6"), page);
        Assert.Contains(Row("Përfunduar", "1"), page);
    }

    [Fact]
    public async Task A_child_at_identification_stays_a_child_in_that_years_figures_and_a_later_closure_does_not_move_the_case()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceVlora);
        // 17 on the day of identification, an adult today; identified in December, closed after New Year.
        var id = await CaseForms.RegisterAsync(portal, police, "Ema", "Vitet", "DVP-VLORE", "SHSSH-VLORE",
            ("EstimatedAge", ""), ("DateOfBirth", "2008-01-10"), ("IdentifiedOn", "2025-12-20"), ("ConsentGivenBy", "Guardian"));
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Close", [new("Reason", "Reintegrated")])).StatusCode);
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);

        var lastYear = await coordinator.GetPageAsync("/Statistics?Year=2025");
        var thisYear = await coordinator.GetPageAsync($"/Statistics?Year={_year}");

        Assert.Contains(Row("Persona", "1"), lastYear);
        Assert.Contains(Row("Fëmijë", "1"), lastYear);
        Assert.Contains(Row("Mbyllur", "1"), lastYear);
        Assert.Contains(Row("Persona", "6"), thisYear);
    }

    [Fact]
    public async Task Cached_figures_are_recomputed_as_soon_as_a_record_changes()
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        Assert.Contains(Row("Regjistrime", "0"), await coordinator.GetPageAsync("/Statistics?Year=2021"));
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceVlora);

        await CaseForms.RegisterAsync(portal, police, "Cache", "Provë", "DVP-VLORE", "SHSSH-VLORE", ("IdentifiedOn", "2021-06-01"));

        Assert.Contains(Row("Regjistrime", "1"), await coordinator.GetPageAsync("/Statistics?Year=2021"));
    }

    [Fact]
    public async Task A_county_filter_narrows_every_case_figure()
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        var durres = await portal.WithDbAsync(db => db.Counties.Where(c => c.Name == "Durrës").Select(c => c.Id).SingleAsync());

        var page = await coordinator.GetPageAsync($"/Statistics?Year={_year}&CountyId={durres}");

        Assert.Contains(Row("Persona", "2"), page);
        Assert.Contains(Row("Fëmijë", "2"), page);
        Assert.DoesNotContain(Row("Tiranë", "3"), page);
    }

    [Fact]
    public async Task A_caseworker_sees_only_their_agencys_figures_with_small_counts_hidden()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);

        var page = await police.GetPageAsync($"/Statistics?Year={_year}");

        Assert.Contains("Statistikat e institucionit tim", page);
        Assert.Contains(Row("Persona", "&lt;5"), page);
        Assert.DoesNotContain(Row("Vlorë", "&lt;5"), page);
        Assert.DoesNotContain("Takime të zhvilluara sipas llojit", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.SubmitAsync("/Statistics", $"/Statistics/Ctdc?year={_year}", [])).StatusCode);
        var csv = Encoding.UTF8.GetString(await (await police.GetAsync($"/Statistics/Export?Year={_year}&table=total&format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Persona,<5", csv);
    }

    [Fact]
    public async Task Tables_export_to_csv_and_xlsx_with_the_same_numbers_and_every_export_is_audited()
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        var before = await portal.WithDbAsync(db => db.AuditTrail.CountAsync(a => a.Action == AuditAction.Export));

        var csvResponse = await coordinator.GetAsync($"/Statistics/Export?Year={_year}&table=sex&format=csv");
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["Kategoria,Numri", "Femër,4", "Mashkull,2"], csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var xlsx = await BackgroundExportAsync(coordinator, $"/Statistics/ReportPack?year={_year}");
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd();
        Assert.Contains("Sipas gjinisë", workbook);
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/")).Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
        Assert.Contains(sheets, s => s.Contains("Periudha") && s.Contains($"01.01.{_year}"));
        Assert.Contains(sheets, s => s.Contains("Femër") && s.Contains("<v>4</v>"));

        Assert.Equal(before + 2, await portal.WithDbAsync(db => db.AuditTrail.CountAsync(a => a.Action == AuditAction.Export)));
    }

    [Fact]
    public async Task The_CTDC_export_has_its_columns_no_identity_and_only_groups_of_at_least_k()
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);

        var csv = Encoding.UTF8.GetString(await BackgroundExportAsync(coordinator, $"/Statistics/Ctdc?year={_year}")).TrimStart('\uFEFF');

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(string.Join(',', AntiTrafik.Web.Features.Statistics.CtdcExport.Columns), lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(rows);
        Assert.True(rows.Count < 7, "Records in groups smaller than k must be left out.");
        Assert.All(rows.GroupBy(r => string.Join('|', r.Take(6))), g => Assert.True(g.Count() >= 2, $"Group {g.Key} has {g.Count()} rows"));
        foreach (var secret in new[] { "Elira", "Marku", "Hysa", "J75405123A", "AT-" })
        {
            Assert.DoesNotContain(secret, csv);
        }

        Assert.True(await portal.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.Action == AuditAction.Export && a.EntityId == "ctdc")));
    }

    [Fact]
    public async Task A_background_export_belongs_to_the_person_who_started_it()
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        var started = await coordinator.SubmitAsync("/Statistics", $"/Statistics/Ctdc?year={_year}", []);
        var job = started.Headers.Location!.OriginalString;
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);

        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync(job)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync(job + "/File")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(job)).StatusCode);
    }
}
