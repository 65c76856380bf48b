using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

/// <summary>Counted words read as Albanian says them: one "regjistrim", two "regjistrime"; one "çift", two "çifte".</summary>
[Collection(BrowserCollection.Name)]
public sealed class PluralBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task One_record_is_one_regjistrim_and_none_are_zero_regjistrime()
    {
        var number = await browser.Portal.WithDbAsync(db => db.Cases.OrderBy(c => c.Id).Select(c => c.Number).FirstAsync());
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Coordinator);
        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "Rastet" }).ClickAsync();

        await page.GetByLabel("Numri i rastit").FillAsync(number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtro" }).ClickAsync();
        var caption = page.GetByTestId("cases-table").Locator("caption");
        await Expect(caption).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*1 regjistrim\s*·\s*1 person\s*$"));

        await page.GetByLabel("Numri i rastit").FillAsync("AT-1999-99999");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtro" }).ClickAsync();
        await Expect(caption).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*0 regjistrime\s*·\s*0 persona\s*$"));

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_possible_duplicates_are_counted_in_pairs_with_the_form_their_number_asks_for()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Coordinator);
        await page.GotoAsync("/Cases/Duplicates");

        var table = page.GetByTestId("duplicates-table");
        await Expect(table).ToBeVisibleAsync();
        var pairs = await table.Locator("tbody tr").CountAsync();
        await Expect(table.Locator("caption")).ToHaveTextAsync(pairs == 1 ? "1 çift" : $"{pairs} çifte");

        await page.Context.CloseAsync();
    }
}
