using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReferralBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Police_refers_a_case_to_the_shelter_which_accepts_and_records_a_service_and_the_coordinator_sees_what_is_overdue()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        await police.MainNav().GetByRole(AriaRole.Link, new() { Name = "Rastet" }).ClickAsync();
        await police.GetByRole(AriaRole.Row).Filter(new() { HasText = "Klodian Hysa" }).GetByRole(AriaRole.Link).ClickAsync();
        // The list has a heading too: read the case's only once its page is there.
        await Expect(police.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Rasti "));
        var number = (await police.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!.Replace("Rasti ", string.Empty).Trim();
        var caseUrl = police.Url;

        await Refer(police, "Të Ndryshëm dhe të Barabartë", "E zakonshme (7 ditë)", "Strehim", "Mbështetje psikologjike");
        await Refer(police, "Agjencia Shtetërore për Mbrojtjen e të Drejtave të Fëmijëve", "Emergjente (24 orë)", "Vlerësim për mbrojtjen e fëmijës");
        var toShelter = police.GetByTestId("referral").Filter(new() { HasText = "→ Të Ndryshëm dhe të Barabartë" }).Filter(new() { HasText = "Mbështetje psikologjike" });
        await Expect(toShelter.GetByTestId("referral-state")).ToHaveTextAsync("Dërguar");

        var shelter = await browser.NewPageAsync();
        await shelter.SignInAsync(Demo.ShelterTdb);
        await Expect(shelter.GetByTestId("count-Referrals")).ToBeVisibleAsync();
        await shelter.MainNav().GetByRole(AriaRole.Link, new() { Name = "Referimet" }).ClickAsync();
        var incoming = shelter.GetByTestId("referrals-incoming");
        await Expect(incoming).ToContainTextAsync(number);
        await Expect(incoming).Not.ToContainTextAsync("Klodian");
        await shelter.ExpectAccessibleAsync();
        await incoming.GetByRole(AriaRole.Link, new() { Name = number }).First.ClickAsync();
        var card = shelter.GetByTestId("referral").Filter(new() { HasText = "Mbështetje psikologjike" }).Filter(new() { HasText = "Dërguar" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Prano referimin" }).ClickAsync();
        await Expect(shelter.GetByRole(AriaRole.Status)).ToContainTextAsync("Referimi u pranua.");

        var accepted = shelter.GetByTestId("referral").Filter(new() { HasText = "Mbështetje psikologjike" }).Filter(new() { HasText = "Pranuar" });
        await accepted.GetByLabel("Shërbimi").SelectOptionAsync(new SelectOptionValue { Label = "Strehim" });
        // The date offered is today's, in Albania.
        await Expect(accepted.GetByLabel("Data e ofrimit")).ToHaveValueAsync(PortalTime.Today(browser.Portal.Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await accepted.GetByLabel("Shënim").FillAsync("Dhomë në strehëz");
        await accepted.GetByRole(AriaRole.Button, new() { Name = "Regjistro shërbimin" }).ClickAsync();
        await Expect(shelter.GetByTestId("deliveries")).ToContainTextAsync("Dhomë në strehëz");

        await police.GotoAsync(caseUrl + "/Referrals");
        await Expect(toShelter.GetByTestId("referral-state")).ToHaveTextAsync("Në proces");
        await police.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = "Kronologjia" }).ClickAsync();
        await Expect(police.GetByTestId("timeline")).ToContainTextAsync("U ofrua një shërbim");

        // The child-protection referral is not answered within its 24 hours.
        browser.Portal.Clock.Advance(TimeSpan.FromHours(25));
        var coordinator = await browser.NewPageAsync();
        await coordinator.SignInAsync(Demo.Coordinator);
        await coordinator.OpenFromMenuAsync("Përshkallëzimi");
        var row = coordinator.GetByRole(AriaRole.Row).Filter(new() { HasText = "Agjencia Shtetërore për Mbrojtjen e të Drejtave të Fëmijëve" });
        await Expect(row).ToContainTextAsync(number);
        await Expect(coordinator.GetByTestId("escalation-table")).Not.ToContainTextAsync("Klodian");
        await coordinator.ExpectAccessibleAsync();

        await police.Context.CloseAsync();
        await shelter.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    private static async Task Refer(IPage page, string to, string urgency, params string[] services)
    {
        await page.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = "Referimet dhe shërbimet" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Referoje rastin" }).ClickAsync();
        var form = page.GetByTestId("refer-form");
        await form.ChooseAsync("Referoje te", to);
        await form.GetByLabel("Urgjenca").SelectOptionAsync(new SelectOptionValue { Label = urgency });
        foreach (var service in services)
        {
            await form.GetByLabel(service, new() { Exact = true }).CheckAsync();
        }

        await form.GetByLabel("Shënim për marrësin").FillAsync("Ju lutem na kontaktoni sot.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Dërgo referimin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Referimi u dërgua te {to}.");
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/\\d+/Referrals$"));
    }
}
