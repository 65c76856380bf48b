using AntiTrafik.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class StatisticsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_coordinator_filters_the_dashboard_sees_chart_and_table_agree_and_downloads_the_csv()
    {
        var year = await browser.Portal.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            System.Linq.Queryable.Select(db.Cases, c => c.IdentifiedOn.Year)));
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Coordinator);
        await page.OpenFromMenuAsync("Statistikat");

        await page.GetByLabel("Viti", new() { Exact = true }).FillAsync(year.ToString());
        await page.GetByLabel("Qarku", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tiranë" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtro" }).ClickAsync();

        var table = page.GetByTestId("table-sex");
        await Expect(table).ToBeVisibleAsync();
        var tableValues = await table.Locator("tbody td").AllTextContentsAsync();
        var chart = page.GetByTestId("chart-table-sex");
        await Expect(chart).ToBeVisibleAsync();
        Assert.Equal(string.Join(',', tableValues.Select(v => v.Trim())), await chart.GetAttributeAsync("data-values"));
        await page.ExpectAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("csv-sex").ClickAsync());
        Assert.Equal($"statistikat-{year}-01-01_{year}-12-31-tirane-sex.csv", download.SuggestedFilename);
        var path = await download.PathAsync();
        var csv = (await File.ReadAllTextAsync(path!)).TrimStart('\uFEFF');
        Assert.StartsWith("Kategoria,Numri", csv);
        foreach (var value in tableValues)
        {
            Assert.Contains("," + value.Trim(), csv);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_key_figures_come_first_and_each_group_of_charts_is_a_section_that_opens()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Coordinator);
        await page.OpenFromMenuAsync("Statistikat");

        var figures = page.GetByTestId("key-figures");
        await Expect(figures.GetByRole(AriaRole.Heading, new() { Name = "Shifrat kryesore" })).ToBeVisibleAsync();
        var people = (await page.GetByTestId("table-total").Locator("tbody td").First.TextContentAsync())!.Trim();
        await Expect(page.GetByTestId("key-people")).ToContainTextAsync("Persona");
        await Expect(page.GetByTestId("key-people").Locator("dd")).ToHaveTextAsync(people);
        await Expect(page.GetByTestId("key-referrals")).ToContainTextAsync("Referime të dërguara");

        var sections = page.Locator("details.statistics-section");
        Assert.True(await sections.CountAsync() >= 4, "The charts are grouped in sections.");
        var figuresTop = (await figures.BoundingBoxAsync())!.Y;
        Assert.True(figuresTop < (await sections.First.BoundingBoxAsync())!.Y, "The key figures come before the first section.");
        Assert.True(await sections.First.EvaluateAsync<bool>("d => d.open"), "The first section is open.");
        Assert.False(await sections.Nth(1).EvaluateAsync<bool>("d => d.open"), "The other sections are closed until opened.");

        // A closed section's tables and charts are out of the way until it is opened.
        var referrals = page.GetByTestId("section-referralstate");
        await Expect(page.GetByTestId("table-referralstate")).ToBeHiddenAsync();
        await referrals.Locator("summary").ClickAsync();
        await Expect(page.GetByTestId("table-referralstate")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("chart-table-referralstate")).ToBeVisibleAsync();
        await Expect(referrals.Locator("summary")).ToContainTextAsync("Referimet (3 tabela)");

        // The page is short enough to find one's way: the closed sections fold the charts away.
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        Assert.True(height < 5700, $"The page is {height} px high.");

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_CTDC_export_whose_every_row_k_anonymity_withholds_says_so_and_offers_no_file()
    {
        // Few records (the demo's and those other tests add), all in groups smaller than k = 11.
        var year = await browser.Portal.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            System.Linq.Queryable.Select(db.Cases, c => c.RegisteredAt.Year)));
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Coordinator);
        await page.GotoAsync($"/Statistics?Year={year}");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Eksport i anonimizuar CTDC {year}" }).ClickAsync();

        var nothing = page.GetByTestId("export-nothing");
        await Expect(nothing).ToContainTextAsync("Nuk u krijua asnjë skedar");
        await Expect(nothing).ToContainTextAsync("k-anonimiteti");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Skedari është gati");
        await Expect(page.GetByTestId("export-download")).ToHaveCountAsync(0);

        await page.Context.CloseAsync();
    }
}
