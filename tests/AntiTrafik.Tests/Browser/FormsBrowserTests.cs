using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

/// <summary>Forms that help: searchable lists, rows for people, sensible defaults, a look before publishing, print pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormsBrowserTests(BrowserFixture browser)
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    private async Task<IPage> NewMeetingPageAsync(bool javaScript = true)
    {
        var page = await browser.NewPageAsync(javaScript);
        await page.SignInAsync(Demo.Secretary);
        await page.GotoAsync("/Meetings/New");
        return page;
    }

    private static async Task FillMeetingAsync(IPage page, string title, string startsAt)
    {
        await page.GetByLabel("Titulli").FillAsync(title);
        await page.GetByLabel("Lloji i takimit").SelectOptionAsync(new SelectOptionValue { Label = "Takim i MKR-së" });
        await page.GetByLabel("Data dhe ora").FillAsync(startsAt);
    }

    [Fact]
    public async Task Institutions_are_found_by_part_of_their_name_or_their_county_and_chosen_by_keyboard()
    {
        var page = await NewMeetingPageAsync();
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Institucionet e pranishme", Exact = true });
        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Institucionet e pranishme", Exact = true });

        // The county finds its institutions, grouped by kind and county; ë and ç need not be typed.
        await box.ClickAsync();
        await box.FillAsync("korce");
        await Expect(list.GetByRole(AriaRole.Option, new() { Name = "Drejtoria Vendore e Policisë Korçë", Exact = true })).ToBeVisibleAsync();
        await Expect(list.GetByText("Policia · Korçë", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(list.GetByRole(AriaRole.Option, new() { Name = "Drejtoria Vendore e Policisë Tiranë", Exact = true })).ToHaveCountAsync(0);

        // Keyboard only: the first match is chosen with Enter, and it is what the form sends.
        await box.FillAsync("Policisë Korçë");
        await box.PressAsync("ArrowDown");
        await box.PressAsync("Enter");
        await box.PressAsync("Escape");
        await Expect(page.Locator("#AgencyIds option:checked")).ToHaveTextAsync("Drejtoria Vendore e Policisë Korçë");
        // The plain list's "hold Ctrl" help is not shown beside the search box.
        await Expect(page.GetByText("Mbani shtypur Ctrl (ose Cmd) për të zgjedhur disa.")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_script_institutions_are_a_plain_list_grouped_by_kind_and_county_and_participants_have_rows()
    {
        var page = await NewMeetingPageAsync(javaScript: false);
        var title = Unique("Takim pa JavaScript");
        await FillMeetingAsync(page, title, "2031-04-10T10:00");

        var institutions = page.GetByLabel("Institucionet e pranishme");
        await Expect(institutions.Locator("optgroup[label='Policia · Korçë'] option")).ToHaveTextAsync("Drejtoria Vendore e Policisë Korçë");
        await Expect(page.GetByText("Mbani shtypur Ctrl (ose Cmd) për të zgjedhur disa.")).ToBeVisibleAsync();
        await institutions.SelectOptionAsync(new[] { new SelectOptionValue { Label = "Drejtoria Vendore e Policisë Korçë" }, new SelectOptionValue { Label = "Shërbimi Social Shtetëror" } });

        // Three empty rows to start with; "Add another row" sends the form back with a fourth, keeping what was typed.
        await page.GetByLabel("Emri (pjesëmarrësi 1)").FillAsync("Ardiana Jaku");
        await Expect(page.GetByLabel("Emri (pjesëmarrësi 4)")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Shto një rresht tjetër" }).ClickAsync();
        await Expect(page.GetByLabel("Emri (pjesëmarrësi 1)")).ToHaveValueAsync("Ardiana Jaku");
        await page.GetByLabel("Emri (pjesëmarrësi 4)").FillAsync("Blerta Kola");
        await page.GetByLabel("Funksioni (pjesëmarrësi 4)").FillAsync("punonjëse sociale");

        await page.GetByRole(AriaRole.Button, new() { Name = "Planifiko", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("attending-agencies")).ToContainTextAsync("Drejtoria Vendore e Policisë Korçë");
        await Expect(page.GetByTestId("participants")).ToContainTextAsync("Blerta Kola");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Countries_are_offered_by_their_Albanian_names_and_several_can_be_chosen_by_typing()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.PoliceTirana);
        await page.GotoAsync("/Cases/Register");

        var recruitment = page.Locator("#RecruitmentCountries");
        await Expect(recruitment.Locator("option[value='AX']")).ToHaveTextAsync("Ishujt Alandë");
        await Expect(recruitment.Locator("option[value='DG']")).ToHaveCountAsync(0);
        await Expect(recruitment.Locator("option")).ToHaveCountAsync(250);

        await page.ChooseAsync("Shtetet e rekrutimit", "Gjermani", typed: "gjerm");
        await page.ChooseAsync("Shtetet e rekrutimit", "Maqedonia e Veriut", typed: "maqed");
        await Expect(recruitment.Locator("option:checked")).ToHaveTextAsync(["Gjermani", "Maqedonia e Veriut"]);
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Shtetësia", Exact = true })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Participants_are_rows_added_and_removed_and_the_printout_names_only_public_officials()
    {
        var page = await NewMeetingPageAsync();
        var title = Unique("Takim me rreshta");
        await FillMeetingAsync(page, title, "2031-05-12T10:00");

        await page.GetByLabel("Emri (pjesëmarrësi 1)").FillAsync("Ardiana Jaku");
        await page.GetByLabel("Funksioni (pjesëmarrësi 1)").FillAsync("Zëvendësministre");
        await page.GetByLabel("Zyrtar publik (pjesëmarrësi 1)").CheckAsync();
        await page.GetByLabel("Emri (pjesëmarrësi 2)").FillAsync("Blerta Kola");
        await page.GetByLabel("Funksioni (pjesëmarrësi 2)").FillAsync("punonjëse sociale");
        await page.GetByLabel("Institucioni (pjesëmarrësi 2)").FillAsync("DRSHSSH Tiranë");

        // A row is added here, without sending the form, and the cursor goes to it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Shto një rresht tjetër" }).ClickAsync();
        await Expect(page.GetByLabel("Emri (pjesëmarrësi 4)")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Dritan Mema");
        // Removing the empty third row numbers the rows again.
        var rows = page.GetByTestId("participants-rows").Locator("[data-row]");
        await rows.Nth(2).GetByRole(AriaRole.Button, new() { Name = "Hiq" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(page.GetByLabel("Emri (pjesëmarrësi 3)")).ToHaveValueAsync("Dritan Mema");

        await page.GetByRole(AriaRole.Button, new() { Name = "Planifiko", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var participants = page.GetByTestId("participants");
        await Expect(participants).ToContainTextAsync("Ardiana Jaku");
        await Expect(participants).ToContainTextAsync("Blerta Kola");
        await Expect(participants).ToContainTextAsync("Dritan Mema");

        await page.GetByRole(AriaRole.Link, new() { Name = "Versioni për printim" }).ClickAsync();
        var printed = page.GetByTestId("participants");
        await Expect(printed).ToContainTextAsync("Ardiana Jaku");
        await Expect(printed).ToContainTextAsync("punonjëse sociale (DRSHSSH Tiranë)");
        await Expect(printed).Not.ToContainTextAsync("Blerta Kola");
        await Expect(printed).Not.ToContainTextAsync("Dritan Mema");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Print_pages_have_print_and_back_buttons_that_stay_off_the_paper()
    {
        var page = await browser.NewPageAsync();
        // Count calls to the browser's print dialog instead of opening it.
        await page.AddInitScriptAsync("window.__prints = 0; window.print = function () { window.__prints++; };");
        await page.SignInAsync(Demo.Coordinator);
        var meetingId = await browser.Portal.WithDbAsync(db => db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        await page.GotoAsync($"/Meetings/{meetingId}");
        var meetingUrl = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Versioni për printim" }).ClickAsync();

        var actions = page.GetByTestId("print-actions");
        await actions.GetByRole(AriaRole.Button, new() { Name = "Printo" }).ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("window.__prints"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(actions).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await actions.GetByRole(AriaRole.Link, new() { Name = "Kthehu" }).ClickAsync();
        Assert.Equal(meetingUrl, page.Url);

        // A bulletin as offered (number and period filled in).
        await page.GotoAsync("/Bulletins/New");
        await page.GetByRole(AriaRole.Button, new() { Name = "Përgatit buletinin" }).ClickAsync();
        await Expect(page.GetByTestId("bulletin-state")).ToHaveTextAsync("Draft");
        var bulletinUrl = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Versioni për printim" }).ClickAsync();
        await Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Printo" })).ToBeVisibleAsync();
        await actions.GetByRole(AriaRole.Link, new() { Name = "Kthehu" }).ClickAsync();
        Assert.Equal(bulletinUrl, page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_meeting_dated_in_the_past_is_not_saved_as_planned_without_asking_and_keeps_its_calendar_link_once_held()
    {
        var page = await NewMeetingPageAsync();
        var title = Unique("Takim i mbajtur më parë");
        await FillMeetingAsync(page, title, "2024-03-01T10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifiko", Exact = true }).ClickAsync();

        var question = page.GetByTestId("past-meeting");
        await Expect(question).ToContainTextAsync("Data është në të kaluarën: a është zhvilluar takimi?");
        await Expect(page.GetByTestId("form-errors")).ToContainTextAsync("takimi do të ruhej si i planifikuar");
        await question.GetByLabel("Po, është zhvilluar: ruaje si të zhvilluar").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifiko", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("meeting-state")).ToContainTextAsync("Zhvilluar");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Shto në kalendar (.ics)" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_new_bulletin_follows_the_previous_one_and_is_issued_only_after_a_look_at_what_will_be_published()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Coordinator);
        await page.GotoAsync("/Bulletins/New");
        var number = Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Numri").FillAsync(number);
        await page.GetByLabel("Nga").FillAsync("2036-01-01");
        await page.GetByLabel("Deri").FillAsync("2036-01-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Përgatit buletinin" }).ClickAsync();
        await Expect(page.GetByTestId("bulletin-state")).ToHaveTextAsync("Draft");
        var draftUrl = page.Url;

        // "Issue" first shows the bulletin as it will be published; going back changes nothing.
        await page.GetByRole(AriaRole.Link, new() { Name = "Boto buletinin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Të botohet buletini nr. {number}?");
        await Expect(page.GetByTestId("issue-warning")).ToContainTextAsync("nuk mund të ndryshohet më");
        await Expect(page.GetByTestId("issue-preview")).ToContainTextAsync($"Nr. {number}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kthehu te drafti" }).ClickAsync();
        await Expect(page.GetByTestId("bulletin-state")).ToHaveTextAsync("Draft");

        await page.GetByRole(AriaRole.Link, new() { Name = "Boto buletinin" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Po, botoje buletinin" }).ClickAsync();
        Assert.Equal(draftUrl, page.Url);
        await Expect(page.GetByTestId("bulletin-state")).ToHaveTextAsync("Botuar");

        // The next bulletin is offered the next number and the month after.
        await page.GotoAsync("/Bulletins/New");
        await Expect(page.GetByLabel("Nga")).ToHaveValueAsync("2036-02-01");
        await Expect(page.GetByLabel("Deri")).ToHaveValueAsync("2036-02-29");
        await page.Context.CloseAsync();
    }
}
