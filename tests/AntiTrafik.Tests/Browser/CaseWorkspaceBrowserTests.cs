using System.Globalization;
using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

/// <summary>
/// A case is a workspace: a header that always says where the case stands, sections at their own addresses, each action
/// on a form of its own whose refusal says what is wrong where the person looks, and after a save the person is where
/// they acted, told what happened. Closing asks first. The printed summary holds only what the reader may see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseWorkspaceBrowserTests(BrowserFixture browser)
{
    private static readonly (string Tab, string Path)[] Sections =
        [("Përmbledhje", ""), ("Identifikimi", "/Identification"), ("Referimet dhe shërbimet", "/Referrals"), ("Kronologjia", "/Timeline")];

    [Fact]
    public async Task Every_section_of_a_case_has_its_own_address_under_the_header_that_says_where_the_case_stands()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        var (number, caseUrl) = await RegisterAsync(police, "Mirela", "Kodheli");

        foreach (var (tab, path) in Sections)
        {
            await police.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = tab }).ClickAsync();
            await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl + path) + "$"));
            var header = police.GetByTestId("case-header");
            await Expect(header.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Rasti {number}");
            await Expect(header.GetByTestId("case-person")).ToContainTextAsync("Mirela Kodheli");
            await Expect(header.GetByTestId("case-status")).ToContainTextAsync("Viktimë e mundshme");
            await Expect(header.GetByTestId("case-status")).ToContainTextAsync("Moshë madhore");
            await Expect(header.GetByTestId("case-lead")).ToContainTextAsync("Drejtoria Vendore e Policisë Tiranë");
            await Expect(header.GetByTestId("case-consent")).ToContainTextAsync("Pranoi");
            // Nothing has been assessed: both sides of the joint interview are waiting.
            await Expect(header.GetByTestId("case-waiting")).ToContainTextAsync("Vlerësimi i Policisë në intervistën e përbashkët.");
            await Expect(header.GetByTestId("case-waiting")).ToContainTextAsync("Vlerësimi i Shërbimit social në intervistën e përbashkët.");
            await Expect(header.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = tab })).ToHaveAttributeAsync("aria-current", "page");
            await Expect(header.Locator("[aria-current=page]")).ToHaveCountAsync(1);
        }

        // An address opened directly shows its section.
        await police.GotoAsync(caseUrl + "/Timeline");
        await Expect(police.GetByTestId("timeline")).ToContainTextAsync("U regjistrua");
        await Expect(police.GetByTestId("case-header")).ToBeVisibleAsync();

        await police.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_referral_says_what_is_wrong_at_the_top_with_links_to_the_fields_and_a_sent_one_lands_on_the_referrals()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        var (_, caseUrl) = await RegisterAsync(police, "Ornela", "Bregu");

        await police.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = "Referimet dhe shërbimet" }).ClickAsync();
        await police.GetByRole(AriaRole.Link, new() { Name = "Referoje rastin" }).ClickAsync();
        await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "/Refer$"));
        var form = police.GetByTestId("refer-form");
        // Required fields are marked, beside their label.
        await Expect(form.Locator("label:has(+ .required-mark)", new() { HasText = "Referoje te" }).Locator("+ .required-mark")).ToHaveTextAsync("(fushë e detyrueshme)");
        // The list the server renders (with script it sits behind its searchable box, which carries the same marks).
        await Expect(form.Locator("#ReceivingAgencyId")).ToHaveAttributeAsync("aria-required", "true");
        await Expect(form.Locator("legend")).ToContainTextAsync("(fushë e detyrueshme)");

        await form.GetByRole(AriaRole.Button, new() { Name = "Dërgo referimin" }).ClickAsync();

        // The summary is at the top of the form, has the focus, and each message links to its field.
        var summary = police.GetByTestId("form-errors");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToHaveAttributeAsync("role", "alert");
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "Ka një problem" })).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        var toAgency = summary.GetByRole(AriaRole.Link, new() { Name = "Fusha „Referoje te” është e detyrueshme." });
        await Expect(toAgency).ToHaveAttributeAsync("href", "#ReceivingAgencyId");
        var toServices = summary.GetByRole(AriaRole.Link, new() { Name = "Zgjidhni të paktën një shërbim." });
        await Expect(toServices).ToHaveAttributeAsync("href", "#Services");

        // The message is beside the field too, and the field points at it.
        var agency = form.Locator("#ReceivingAgencyId");
        await Expect(agency).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator("#ReceivingAgencyId-error")).ToContainTextAsync("Fusha „Referoje te” është e detyrueshme.");
        // In the order of the form: the institution before the services.
        await Expect(summary.GetByRole(AriaRole.Link).First).ToHaveAttributeAsync("href", "#ReceivingAgencyId");
        await Expect(agency).ToHaveAttributeAsync("aria-describedby", new Regex("ReceivingAgencyId-error"));

        await toAgency.ClickAsync();
        // Focus lands on the field: the list, or the searchable box that stands for it.
        Assert.StartsWith("ReceivingAgencyId", await police.EvaluateAsync<string>("() => document.activeElement.id"), StringComparison.Ordinal);
        await toServices.ClickAsync();
        await Expect(form.GetByLabel("Strehim", new() { Exact = true })).ToBeFocusedAsync();

        // Corrected and sent: the person is on the case's referrals, told where the referral went.
        await agency.SelectOptionAsync(new SelectOptionValue { Label = "Të Ndryshëm dhe të Barabartë" });
        await form.GetByLabel("Strehim", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Dërgo referimin" }).ClickAsync();
        await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "/Referrals$"));
        await Expect(police.GetByRole(AriaRole.Status)).ToHaveTextAsync("Referimi u dërgua te Të Ndryshëm dhe të Barabartë.");
        await Expect(police.GetByTestId("referral")).ToContainTextAsync("→ Të Ndryshëm dhe të Barabartë");
        await Expect(police.GetByTestId("form-errors")).ToHaveCountAsync(0);
        // The header says what now waits, and by when.
        await Expect(police.GetByTestId("case-waiting")).ToContainTextAsync("Përgjigjja nga Të Ndryshëm dhe të Barabartë për referimin.");
        await Expect(police.GetByTestId("case-deadline")).ToContainTextAsync("Të Ndryshëm dhe të Barabartë");

        await police.Context.CloseAsync();
    }

    [Fact]
    public async Task Closing_a_case_asks_for_confirmation_and_cancelling_leaves_it_open()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        var (_, caseUrl) = await RegisterAsync(police, "Blerina", "Zenelaj");
        var id = int.Parse(caseUrl.Split('/').Last(), CultureInfo.InvariantCulture);

        // Closing is not among the everyday actions: it sits apart, and leads to a page that asks first.
        await police.GetByTestId("closure").GetByRole(AriaRole.Link, new() { Name = "Mbyll rastin…" }).ClickAsync();
        await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "/Close$"));
        await Expect(police.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Jeni të sigurt që doni ta mbyllni rastin");
        await Expect(police.GetByTestId("closing-means")).ToContainTextAsync("ai del nga lista e rasteve të hapura");

        await police.GetByRole(AriaRole.Link, new() { Name = "Jo, mbaje të hapur" }).ClickAsync();
        await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "$"));
        await Expect(police.GetByTestId("case-status")).Not.ToContainTextAsync("Mbyllur");
        Assert.Null(await ClosedAtAsync(id));

        // Confirming without a reason is refused, with the reason's field named; with one, the case is closed.
        await police.GetByRole(AriaRole.Link, new() { Name = "Mbyll rastin…" }).ClickAsync();
        await police.GetByRole(AriaRole.Button, new() { Name = "Po, mbyll rastin" }).ClickAsync();
        await Expect(police.GetByTestId("form-errors")).ToContainTextAsync("Fusha „Arsyeja e mbylljes” është e detyrueshme.");
        await Expect(police.GetByTestId("form-errors")).ToBeFocusedAsync();
        Assert.Null(await ClosedAtAsync(id));
        await police.GetByLabel("Arsyeja e mbylljes").SelectOptionAsync(new SelectOptionValue { Label = "I riintegruar" });
        await police.GetByRole(AriaRole.Button, new() { Name = "Po, mbyll rastin" }).ClickAsync();

        await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "$"));
        await Expect(police.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rasti u mbyll.");
        await Expect(police.GetByTestId("case-status")).ToContainTextAsync("Mbyllur");
        Assert.NotNull(await ClosedAtAsync(id));

        await police.Context.CloseAsync();
    }

    [Fact]
    public async Task The_printed_summary_holds_only_what_its_reader_may_see()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        var (number, caseUrl) = await RegisterAsync(police, "Valbona", "Qorri");

        await police.GetByTestId("print-case").ClickAsync();
        await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "/Print$"));
        await Expect(police.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Rasti {number}");
        await Expect(police.GetByTestId("print-person")).ToHaveTextAsync("Valbona Qorri");
        await Expect(police.GetByRole(AriaRole.Button, new() { Name = "Printo" })).ToBeVisibleAsync();
        await police.GetByRole(AriaRole.Link, new() { Name = "Kthehu te rasti" }).ClickAsync();
        await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "$"));

        // The coordinator's office sees the initials, on the page and on paper, never the name.
        var coordinator = await browser.NewPageAsync();
        await coordinator.SignInAsync(Demo.Coordinator);
        await coordinator.GotoAsync(caseUrl);
        await Expect(coordinator.GetByTestId("case-person")).ToContainTextAsync("V.Q.");
        await coordinator.GetByTestId("print-case").ClickAsync();
        await Expect(coordinator.GetByTestId("print-person")).ToContainTextAsync("V.Q.");
        await Expect(coordinator.Locator("body")).Not.ToContainTextAsync("Valbona");
        await Expect(coordinator.Locator("body")).Not.ToContainTextAsync("Qorri");
        Assert.DoesNotContain("Valbona", coordinator.Url, StringComparison.Ordinal);

        await police.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    private Task<DateTime?> ClosedAtAsync(int id) =>
        browser.Portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.ClosedAt).SingleAsync());

    /// <summary>Registers an adult identified yesterday by the Tirana police, who agreed to assistance and sharing; answers the case's number and address.</summary>
    internal static async Task<(string Number, string Url)> RegisterAsync(IPage page, string first, string last)
    {
        await page.GotoAsync("/Cases/Register");
        await page.GetByLabel("Emri", new() { Exact = true }).FillAsync(first);
        await page.GetByLabel("Mbiemri", new() { Exact = true }).FillAsync(last);
        await page.GetByLabel("Gjinia").SelectOptionAsync(new SelectOptionValue { Label = "Femër" });
        await page.GetByLabel("Mosha e vlerësuar").FillAsync("27");
        await page.GetByLabel("Shfrytëzim seksual").CheckAsync();
        await page.GetByLabel("Data e identifikimit").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Identifikuar nëpërmjet").SelectOptionAsync(new SelectOptionValue { Label = "Policia" });
        await page.GetByLabel("Policia për intervistën e përbashkët").SelectOptionAsync(new SelectOptionValue { Label = "Drejtoria Vendore e Policisë Tiranë" });
        await page.GetByLabel("Shërbimi social për intervistën e përbashkët").SelectOptionAsync(new SelectOptionValue { Label = "Drejtoria Rajonale e Shërbimit Social Shtetëror Tiranë" });
        await page.Locator("#assist-yes").CheckAsync();
        await page.Locator("#share-yes").CheckAsync();
        await page.GetByLabel("Pëlqimi u dha nga").SelectOptionAsync(new SelectOptionValue { Label = "Vetë personi" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Regjistro", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Rasti u regjistrua.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Rasti AT-"));
        var number = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!.Replace("Rasti ", string.Empty).Trim();
        return (number, new Uri(page.Url).AbsolutePath);
    }
}
