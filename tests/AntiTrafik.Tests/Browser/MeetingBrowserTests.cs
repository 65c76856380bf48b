using AntiTrafik.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class MeetingBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_secretary_records_an_MKR_meeting_and_the_social_service_marks_its_action_done()
    {
        var secretary = await browser.NewPageAsync();
        await secretary.SignInAsync(Demo.Secretary);
        await secretary.MainNav().GetByRole(AriaRole.Link, new() { Name = "Takimet" }).ClickAsync();
        await secretary.GetByRole(AriaRole.Link, new() { Name = "Planifiko një takim" }).ClickAsync();

        var title = "Takim i MKR-së për fushatën e vjeshtës " + Guid.NewGuid().ToString("N")[..4];
        await secretary.GetByLabel("Titulli").FillAsync(title);
        await secretary.GetByLabel("Lloji i takimit").SelectOptionAsync(new SelectOptionValue { Label = "Takim i MKR-së" });
        await secretary.GetByLabel("Data dhe ora").FillAsync("2030-09-15T10:00");
        await secretary.GetByLabel("Mjedisi").FillAsync("Ministria e Brendshme");
        await secretary.ChooseAsync("Institucionet e pranishme", "Shërbimi Social Shtetëror");
        await secretary.ChooseAsync("Institucionet e pranishme", "Drejtoria e Përgjithshme e Policisë së Shtetit");
        await secretary.GetByLabel("Emri (pjesëmarrësi 1)").FillAsync("Ardiana Jaku");
        await secretary.GetByLabel("Funksioni (pjesëmarrësi 1)").FillAsync("Zëvendësministre");
        await secretary.GetByLabel("Institucioni (pjesëmarrësi 1)").FillAsync("Ministria e Shëndetësisë dhe Mbrojtjes Sociale");
        await secretary.GetByLabel("Zyrtar publik (pjesëmarrësi 1)").CheckAsync();
        await secretary.GetByLabel("Rendi i ditës").FillAsync("Fushata ndërgjegjësuese e vjeshtës");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Planifiko", Exact = true }).ClickAsync();
        await Expect(secretary.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);

        await secretary.GetByRole(AriaRole.Button, new() { Name = "Shëno si të zhvilluar" }).ClickAsync();
        var minutes = secretary.GetByTestId("minutes-form");
        await minutes.Locator("#item-minutes-0").FillAsync("U diskutua kalendari i aktiviteteve.");
        await minutes.Locator("#item-decisions-0").FillAsync("Fushata nis më 1 tetor.");
        await minutes.GetByRole(AriaRole.Button, new() { Name = "Ruaj procesverbalin" }).ClickAsync();
        var action = secretary.GetByTestId("action-form");
        await action.GetByLabel("Veprimi", new() { Exact = true }).FillAsync("Shpërndani fletëpalosjet në zyrat rajonale");
        await action.ChooseAsync("Institucioni përgjegjës për veprimin", "Drejtoria Rajonale e Shërbimit Social Shtetëror Tiranë", typed: "Social Shtetëror Tiranë");
        await action.GetByLabel("Afati").FillAsync("2030-10-01");
        await action.GetByRole(AriaRole.Button, new() { Name = "Shto veprimin" }).ClickAsync();
        await Expect(secretary.GetByTestId("agenda")).ToContainTextAsync("Fushata nis më 1 tetor.");
        await Expect(secretary.GetByTestId("participants")).ToContainTextAsync("Ardiana Jaku");

        await secretary.GetByRole(AriaRole.Button, new() { Name = "Qarkullo procesverbalin" }).ClickAsync();
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Miratoj procesverbalin" }).ClickAsync();
        await Expect(secretary.GetByTestId("meeting-state")).ToContainTextAsync("Procesverbali i miratuar");
        await secretary.ExpectAccessibleAsync();

        var social = await browser.NewPageAsync();
        await social.SignInAsync(Demo.SocialServiceTirana);
        await social.MainNav().GetByRole(AriaRole.Link, new() { Name = "Takimet" }).ClickAsync();
        await social.GetByRole(AriaRole.Link, new() { Name = "Veprimet e institucionit tim" }).ClickAsync();
        var item = social.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Shpërndani fletëpalosjet në zyrat rajonale" });
        await item.GetByLabel("Gjendja").SelectOptionAsync(new SelectOptionValue { Label = "I kryer" });
        await item.GetByLabel("Shënim").FillAsync("U shpërndanë 500 fletëpalosje");
        await item.GetByRole(AriaRole.Button, new() { Name = "Ruaj" }).ClickAsync();

        await Expect(social.GetByRole(AriaRole.Status)).ToContainTextAsync("Ndryshimet u ruajtën.");
        await Expect(social.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Shpërndani fletëpalosjet në zyrat rajonale" })).ToContainTextAsync("I kryer");
        await social.ExpectAccessibleAsync();

        await secretary.Context.CloseAsync();
        await social.Context.CloseAsync();
    }
}
