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
        var path = await download.PathAsync();
        var csv = (await File.ReadAllTextAsync(path!)).TrimStart('\uFEFF');
        Assert.StartsWith("Kategoria,Numri", csv);
        foreach (var value in tableValues)
        {
            Assert.Contains("," + value.Trim(), csv);
        }

        await page.Context.CloseAsync();
    }
}
