using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

/// <summary>
/// A caseworker's day, as each person would walk it: the police register a girl of sixteen and so ask the State Social
/// Service for the joint interview; the social service finds it waiting on its home page and among its notifications
/// and completes it; the shelter finds the referral it is sent on its home page; and a caseworker finds a person by a
/// misspelled, unaccented name, but never one outside their institution.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseworkerDayBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_child_registered_by_the_police_reaches_the_social_service_and_then_the_shelter_through_their_home_pages()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        var number = await RegisterAsync(police, "Anxhela", "Gjeçaj", age: 16, "Tiranë");
        await Expect(police.GetByTestId("case-status")).ToContainTextAsync("Fëmijë");

        // The police give their side of the joint interview, on the case's identification section.
        await police.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = "Identifikimi" }).ClickAsync();
        await police.GetByTestId("open-assess-Police").ClickAsync();
        var policeSide = police.GetByTestId("assess-Police");
        await policeSide.GetByLabel("Viktimë e trafikimit").CheckAsync();
        await policeSide.GetByLabel("Arsyet").FillAsync("Tregues të qartë në intervistë");
        await policeSide.GetByRole(AriaRole.Button, new() { Name = "Regjistro vlerësimin" }).ClickAsync();
        await Expect(police.GetByRole(AriaRole.Status)).ToContainTextAsync("Vlerësimi u regjistrua.");
        await Expect(police.GetByTestId("case-waiting")).ToContainTextAsync("Vlerësimi i Shërbimit social");

        // The social service starts its day from its home page: the interview waits there, and among its notifications.
        var social = await browser.NewPageAsync();
        await social.SignInAsync(Demo.SocialServiceTirana);
        await social.MainNav().GetByRole(AriaRole.Link, new() { Name = "Kreu" }).ClickAsync();
        var waiting = social.GetByTestId("queue-item").Filter(new() { HasText = number });
        await Expect(waiting).ToHaveAttributeAsync("data-kind", "JointInterview");
        await Expect(social.GetByTestId("count-Home")).ToBeVisibleAsync();
        await social.ExpectAccessibleAsync();
        await social.MainNav().GetByRole(AriaRole.Link, new() { Name = "Njoftimet" }).ClickAsync();
        var told = social.GetByTestId("notifications").GetByRole(AriaRole.Listitem).Filter(new() { HasText = number });
        await Expect(told).ToContainTextAsync("Kërkohet intervista e përbashkët");
        await Expect(social.GetByTestId("notifications")).Not.ToContainTextAsync("Anxhela");
        await social.ExpectAccessibleAsync();

        await social.MainNav().GetByRole(AriaRole.Link, new() { Name = "Kreu" }).ClickAsync();
        await waiting.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(social.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Rasti {number}");
        await social.GetByTestId("open-assess-SocialService").ClickAsync();
        var socialSide = social.GetByTestId("assess-SocialService");
        await socialSide.GetByLabel("Viktimë e trafikimit").CheckAsync();
        await socialSide.GetByLabel("Arsyet").FillAsync("Rrëfim i qëndrueshëm");
        await socialSide.GetByRole(AriaRole.Button, new() { Name = "Regjistro vlerësimin" }).ClickAsync();
        await Expect(social.GetByTestId("case-status")).ToContainTextAsync("Viktimë e trafikimit");
        await social.MainNav().GetByRole(AriaRole.Link, new() { Name = "Kreu" }).ClickAsync();
        await Expect(social.GetByTestId("queue-item").Filter(new() { HasText = number }).And(social.Locator("[data-kind=JointInterview]"))).ToHaveCountAsync(0);

        // The police refer the girl to the shelter, which finds it waiting on its home page.
        await police.ReloadAsync();
        await police.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = "Referimet dhe shërbimet" }).ClickAsync();
        await police.GetByRole(AriaRole.Link, new() { Name = "Referoje rastin" }).ClickAsync();
        var refer = police.GetByTestId("refer-form");
        await refer.ChooseAsync("Referoje te", "Të Ndryshëm dhe të Barabartë");
        await refer.GetByLabel("Urgjenca").SelectOptionAsync(new SelectOptionValue { Label = "Emergjente (24 orë)" });
        await refer.GetByLabel("Strehim", new() { Exact = true }).CheckAsync();
        await refer.GetByRole(AriaRole.Button, new() { Name = "Dërgo referimin" }).ClickAsync();
        await Expect(police.GetByRole(AriaRole.Status)).ToContainTextAsync("Referimi u dërgua te Të Ndryshëm dhe të Barabartë.");

        var shelter = await browser.NewPageAsync();
        await shelter.SignInAsync(Demo.ShelterTdb);
        await shelter.MainNav().GetByRole(AriaRole.Link, new() { Name = "Kreu" }).ClickAsync();
        var referral = shelter.GetByTestId("queue-item").Filter(new() { HasText = number });
        await Expect(referral).ToHaveAttributeAsync("data-kind", "ReferralToAnswer");
        await Expect(shelter.Locator("main")).Not.ToContainTextAsync("Anxhela");
        await referral.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(shelter).ToHaveURLAsync(new Regex("#referral-\\d+$"));
        await Expect(shelter.GetByTestId("referral").Filter(new() { HasText = "Të Ndryshëm dhe të Barabartë" }).GetByRole(AriaRole.Button, new() { Name = "Prano referimin" })).ToBeVisibleAsync();

        await police.Context.CloseAsync();
        await social.Context.CloseAsync();
        await shelter.Context.CloseAsync();
    }

    [Fact]
    public async Task A_caseworker_finds_a_person_by_a_misspelled_unaccented_name_but_not_one_outside_their_institution()
    {
        // Two people of one name: one registered by the Tirana police, one by the Vlora police.
        var vlora = await browser.NewPageAsync();
        await vlora.SignInAsync(Demo.PoliceVlora);
        var theirs = await RegisterAsync(vlora, "Xhesika", "Çekrezi", age: 24, "Vlorë");
        await vlora.Context.CloseAsync();

        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.PoliceTirana);
        var ours = await RegisterAsync(page, "Xhesika", "Çekrezi", age: 24, "Tiranë");
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Gjeni një person ose një rast" });
        await search.FillAsync("jesika cekrrezi");
        await search.PressAsync("Enter");

        var rows = page.GetByTestId("cases-table").GetByRole(AriaRole.Row).Filter(new() { HasText = "Xhesika Çekrezi" });
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(ours);
        await Expect(page.GetByTestId("cases-table")).Not.ToContainTextAsync(theirs);
        // What was typed stays in the field to refine.
        await Expect(page.GetByTestId("person-search").GetByRole(AriaRole.Searchbox)).ToHaveValueAsync("jesika cekrrezi");

        await page.Context.CloseAsync();
    }

    /// <summary>Registers a girl identified yesterday by the police of <paramref name="county"/>; answers the case's number.</summary>
    private static async Task<string> RegisterAsync(IPage page, string first, string last, int age, string county)
    {
        await page.MainNav().GetByRole(AriaRole.Link, new() { Name = "Rastet" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Regjistro një viktimë të mundshme" }).ClickAsync();
        await page.GetByLabel("Emri", new() { Exact = true }).FillAsync(first);
        await page.GetByLabel("Mbiemri", new() { Exact = true }).FillAsync(last);
        await page.GetByLabel("Gjinia").SelectOptionAsync(new SelectOptionValue { Label = "Femër" });
        await page.GetByLabel("Mosha e vlerësuar").FillAsync(age.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Shfrytëzim seksual").CheckAsync();
        await page.GetByLabel("Data e identifikimit").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Identifikuar nëpërmjet").SelectOptionAsync(new SelectOptionValue { Label = "Policia" });
        await page.GetByLabel("Policia për intervistën e përbashkët").SelectOptionAsync(new SelectOptionValue { Label = $"Drejtoria Vendore e Policisë {county}" });
        await page.GetByLabel("Shërbimi social për intervistën e përbashkët").SelectOptionAsync(new SelectOptionValue { Label = $"Drejtoria Rajonale e Shërbimit Social Shtetëror {county}" });
        await page.Locator("#assist-yes").CheckAsync();
        await page.Locator("#share-yes").CheckAsync();
        await page.GetByLabel("Pëlqimi u dha nga").SelectOptionAsync(new SelectOptionValue { Label = age < 18 ? "Punonjësi i mbrojtjes së fëmijëve" : "Vetë personi" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Regjistro", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Rasti u regjistrua.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Rasti AT-"));
        return (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!.Replace("Rasti ", string.Empty).Trim();
    }
}
