using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

/// <summary>The portal on a phone (390 px wide) and its top menu on a desk's screen (1 366 px).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenBrowserTests(BrowserFixture browser)
{
    private const int Phone = 390;

    [Fact]
    public async Task On_a_phone_the_referral_inbox_shows_each_deadline_without_scrolling_sideways()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.ShelterTdb);
        await page.SetViewportSizeAsync(Phone, 844);
        await page.GotoAsync("/Referrals");

        var deadlines = page.Locator("main table td[data-label='Përgjigje deri më']");
        Assert.True(await deadlines.CountAsync() > 0, "The shelter's demo inbox has referrals.");
        foreach (var deadline in await deadlines.AllAsync())
        {
            await Expect(deadline).ToBeInViewportAsync();
            await Expect(deadline).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d\d\.\d\d\.\d{4}"));
            var box = (await deadline.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= Phone, $"A deadline lies outside the screen: {box.X}–{box.X + box.Width} px.");
        }

        // Each cell names its column, as the header row does on a wider screen.
        Assert.Equal("\"Përgjigje deri më: \"", await deadlines.First.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content"));
        Assert.True(await page.FitsTheWidthAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_case_pages_tables_become_one_card_per_row()
    {
        var caseId = await browser.Portal.WithDbAsync(db => db.IdentificationAssessments.OrderBy(a => a.Id).Select(a => a.CaseId).FirstAsync());
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.PoliceTirana);
        await page.GotoAsync($"/Cases/{caseId}/Identification");
        var assessments = page.GetByTestId("assessments");
        await Expect(assessments.Locator("thead")).ToBeVisibleAsync();

        await page.SetViewportSizeAsync(Phone, 844);
        var rows = assessments.Locator("tbody tr");
        Assert.True(await rows.CountAsync() >= 2);
        Assert.Equal("block", await rows.First.EvaluateAsync<string>("tr => getComputedStyle(tr).display"));
        foreach (var cell in await assessments.Locator("tbody td").AllAsync())
        {
            var box = (await cell.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= Phone, $"A cell lies outside the screen: {box.X}–{box.X + box.Width} px.");
        }

        // The column names are still there for a screen reader, out of sight.
        Assert.Equal(1, await assessments.Locator("thead").EvaluateAsync<int>("h => h.getBoundingClientRect().height"));
        await Expect(assessments.GetByRole(AriaRole.Columnheader, new() { Name = "Përfundimi" })).ToHaveCountAsync(1);
        Assert.True(await page.FitsTheWidthAsync());
        await page.ExpectAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_sign_in_page_offers_the_language_switch()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(Phone, 844);
        await page.GotoAsync("/Account/Login");
        var english = page.GetByRole(AriaRole.Button, new() { Name = "English" });
        await Expect(english).ToBeInViewportAsync();
        await english.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Shqip" })).ToBeInViewportAsync();
        Assert.True(await page.FitsTheWidthAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_folded_menu_opens_and_fits_the_screen()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Coordinator);
        await page.SetViewportSizeAsync(Phone, 844);
        await Expect(page.MainNav()).Not.ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Shfaq ose fshih menunë" }).ClickAsync();
        await Expect(page.MainNav().GetByRole(AriaRole.Link, new() { Name = "Rastet" })).ToBeVisibleAsync();
        await page.MainNav().GetByRole(AriaRole.Button, new() { Name = "Koordinimi" }).ClickAsync();
        await Expect(page.MainNav().GetByRole(AriaRole.Link, new() { Name = "Dublikatat" })).ToBeVisibleAsync();
        await page.OpenUserMenuAsync();
        await Expect(page.GetByTestId("my-drafts")).ToBeVisibleAsync();
        Assert.True(await page.FitsTheWidthAsync());
        await page.ExpectAccessibleAsync();
        await page.Context.CloseAsync();
    }

    public static TheoryData<string> People() => new(Demo.Coordinator, Demo.Admin, Demo.PoliceTirana, Demo.ShelterTdb, Demo.SocialServiceTirana, Demo.Secretary);

    [Theory]
    [MemberData(nameof(People))]
    public async Task At_1366_pixels_the_top_bar_is_one_line(string person)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await page.SignInAsync(person);

        // Every entry of the menu, the search, the language and the person's menu stand on one line.
        var tops = await page.Locator("nav.navbar .navbar-brand, [data-testid=main-nav] > li, [data-testid=person-search], [data-testid=switch-language], [data-testid=current-user]")
            .EvaluateAllAsync<double[]>("items => items.map(i => i.getBoundingClientRect().top + i.getBoundingClientRect().height / 2)");
        Assert.True(tops.Length >= 5);
        Assert.True(tops.Max() - tops.Min() < 8, $"The top bar wraps: the middles of its items lie at {string.Join(", ", tops.Select(t => Math.Round(t)))} px.");
        Assert.True(await page.Locator("nav.navbar").EvaluateAsync<double>("n => n.getBoundingClientRect().height") < 70);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_menus_groups_open_and_are_followed_by_keyboard()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Coordinator);
        var group = page.MainNav().GetByRole(AriaRole.Button, new() { Name = "Raporte dhe trajnime" });
        await group.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(group).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.MainNav().GetByRole(AriaRole.Link, new() { Name = "Statistikat" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.MainNav().GetByRole(AriaRole.Link, new() { Name = "Buletinet" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Bulletins$"));
        await Expect(page.MainNav().GetByRole(AriaRole.Button, new() { Name = "Raporte dhe trajnime" })).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bactive\b"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_page_names_the_portals_icon_and_the_icon_is_served()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        var icons = await page.Locator("link[rel=icon]").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        Assert.Equal(["/favicon.ico", "/favicon.svg"], icons);

        var ico = await page.APIRequest.GetAsync("/favicon.ico");
        Assert.Equal(200, ico.Status);
        Assert.Equal([0, 0, 1, 0], (await ico.BodyAsync())[..4]);
        var svg = await page.APIRequest.GetAsync("/favicon.svg");
        Assert.Equal(200, svg.Status);
        Assert.Equal("image/svg+xml", svg.Headers["content-type"]);

        // The print layout names it too.
        await page.SignInAsync(Demo.Secretary);
        var meeting = await browser.Portal.WithDbAsync(db => db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        await page.GotoAsync($"/Meetings/{meeting}/Print");
        await Expect(page.Locator("link[rel=icon]")).ToHaveCountAsync(2);
        await page.Context.CloseAsync();
    }
}
