using System.Globalization;
using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

/// <summary>
/// The casework after identification, as the people who do it: the State Social Service writes the person's plan and
/// sends it for approval, its supervisor finds it waiting on the home page and approves it; the risk is assessed and
/// its level shows in the case's header.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseworkBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_lead_writes_the_plan_and_the_supervisor_finds_it_on_the_home_page_and_approves_it()
    {
        var social = await browser.NewPageAsync();
        await social.SignInAsync(Demo.SocialServiceTirana);
        var (number, caseUrl) = await CaseWorkspaceBrowserTests.RegisterAsync(social, "Lindita", "Planaj");

        await social.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = "Plani i asistencës" }).ClickAsync();
        await Expect(social).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl + "/Plan") + "$"));
        await social.GetByTestId("edit-plan").ClickAsync();
        await social.GetByLabel("Shkruar me personin, i cili pajtohet me të").CheckAsync();
        await social.GetByLabel("Nevoja: Strehimi dhe strehëza").SelectOptionAsync(new SelectOptionValue { Label = "E lartë" });
        await social.GetByLabel("Çfarë i nevojitet personit: Strehimi dhe strehëza").FillAsync("Një vend i sigurt larg Tiranës");

        // Saved without an institution or a date, the goal is refused with the message beside it and nothing typed is lost.
        var goal = social.GetByTestId("goal-row").First;
        await goal.GetByLabel("Fusha").SelectOptionAsync(new SelectOptionValue { Label = "Strehimi dhe strehëza" });
        await goal.GetByLabel("Objektivi", new() { Exact = true }).FillAsync("Strehim i sigurt për gjashtë muaj");
        await social.GetByTestId("save-plan").ClickAsync();
        await Expect(social.GetByTestId("form-errors")).ToBeVisibleAsync();
        goal = social.GetByTestId("goal-row").First;
        await Expect(goal.GetByLabel("Objektivi", new() { Exact = true })).ToHaveValueAsync("Strehim i sigurt për gjashtë muaj");
        await Expect(social.GetByLabel("Çfarë i nevojitet personit: Strehimi dhe strehëza")).ToHaveValueAsync("Një vend i sigurt larg Tiranës");

        await goal.ChooseAsync("Institucioni përgjegjës", "Të Ndryshëm dhe të Barabartë", "Barabart");
        await goal.GetByLabel("Afati").FillAsync(DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await goal.GetByLabel("Strehim", new() { Exact = true }).CheckAsync();
        await social.ExpectAccessibleAsync();
        await social.GetByTestId("save-plan").ClickAsync();

        await Expect(social).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl + "/Plan") + "$"));
        await Expect(social.GetByRole(AriaRole.Status)).ToContainTextAsync("Plani u ruajt.");
        await Expect(social.GetByTestId("plan-goals")).ToContainTextAsync("Strehim i sigurt për gjashtë muaj");
        await social.ExpectAccessibleAsync();
        await social.GetByTestId("submit-plan").ClickAsync();
        await Expect(social.GetByTestId("plan-state")).ToContainTextAsync("Pret miratimin");
        await social.Context.CloseAsync();

        var supervisor = await browser.NewPageAsync();
        await supervisor.SignInAsync(Demo.SocialServiceSupervisor);
        var waiting = supervisor.GetByTestId("work-queue").Locator("[data-kind=PlanToApprove]").Filter(new() { HasText = number });
        await waiting.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(supervisor).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl + "/Plan") + "$"));
        await supervisor.GetByTestId("approve-plan").ClickAsync();
        await Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("Plani u miratua.");
        await Expect(supervisor.GetByTestId("plan-state")).ToContainTextAsync("Miratuar");
        await Expect(supervisor.GetByTestId("next-review")).ToContainTextAsync("çdo 3 muaj");
        await supervisor.Context.CloseAsync();
    }

    [Fact]
    public async Task A_risk_assessment_puts_its_level_in_the_case_header()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        var (_, caseUrl) = await CaseWorkspaceBrowserTests.RegisterAsync(police, "Arbana", "Rrezikaj");
        await Expect(police.GetByTestId("case-risk")).ToContainTextAsync("Ende i pavlerësuar");

        await police.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = "Rreziku dhe siguria" }).ClickAsync();
        await police.GetByTestId("new-risk").ClickAsync();
        await police.GetByLabel("Rreziku i ritrafikimit").SelectOptionAsync(new SelectOptionValue { Label = "I lartë" });
        await police.GetByLabel("Kërcënimet nga trafikantët").SelectOptionAsync(new SelectOptionValue { Label = "Mesatar" });
        await police.GetByLabel("Shëndeti", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "I ulët" });
        await police.GetByLabel("Familja", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "I ulët" });
        await police.GetByLabel("Arsyet").FillAsync("Rekrutuesi e ka telefonuar dy herë");
        await police.GetByTestId("save-risk").ClickAsync();
        await Expect(police.GetByTestId("form-errors")).ToContainTextAsync("Një rrezik mesatar ose i lartë kërkon një plan sigurie.");
        await police.GetByLabel("Plani i sigurisë").FillAsync("Strehëz e mbrojtur, telefon i ri, patrullë pranë");
        await police.ExpectAccessibleAsync();
        await police.GetByTestId("save-risk").ClickAsync();

        await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl + "/Risk") + "$"));
        await Expect(police.GetByTestId("case-risk")).ToContainTextAsync("I lartë");
        await Expect(police.GetByTestId("safety-plan")).ToContainTextAsync("Strehëz e mbrojtur");
        await police.ExpectAccessibleAsync();
        await police.Context.CloseAsync();
    }

    [Fact]
    public async Task The_police_record_the_proceedings_with_a_hearing_and_a_claim_for_compensation()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        var (_, caseUrl) = await CaseWorkspaceBrowserTests.RegisterAsync(police, "Teuta", "Drejtaj");

        await police.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = "Drejtësia dhe kompensimi" }).ClickAsync();
        await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl + "/Justice") + "$"));
        await police.GetByTestId("new-proceeding").ClickAsync();
        await police.GetByLabel("Kallëzuar në polici më").FillAsync(DateTime.UtcNow.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await police.GetByLabel("Numri i dosjes në polici").FillAsync("DP-2026-118");
        await police.GetByLabel("Faza").SelectOptionAsync(new SelectOptionValue { Label = "Në prokurori" });
        await police.GetByLabel("Akuza", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Trafikimi i të rriturve (neni 110/a)" });
        await police.GetByLabel("Roli i personit").SelectOptionAsync(new SelectOptionValue { Label = "Palë e dëmtuar" });
        await police.GetByLabel("Dëshmi me video").CheckAsync();
        await police.GetByLabel("Data e seancës").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await police.GetByLabel("Çfarë ndodhi në seancë").FillAsync("Seanca paraprake u shty");
        await police.ExpectAccessibleAsync();
        await police.GetByTestId("save-proceeding").ClickAsync();

        await Expect(police.GetByRole(AriaRole.Status)).ToContainTextAsync("Procedimi u regjistrua.");
        var proceeding = police.GetByTestId("proceeding");
        await Expect(proceeding).ToContainTextAsync("DP-2026-118");
        await Expect(proceeding).ToContainTextAsync("Seanca paraprake u shty");
        await Expect(proceeding).ToContainTextAsync("Dëshmi me video");

        await police.GetByRole(AriaRole.Link, new() { Name = "Regjistro një kërkesë" }).ClickAsync();
        await police.GetByLabel("Kërkuar nga").SelectOptionAsync(new SelectOptionValue { Label = "Fondi shtetëror" });
        await police.GetByLabel("Kërkuar më").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await police.GetByLabel("Shuma e kërkuar (lekë)").FillAsync("400000");
        await police.GetByRole(AriaRole.Button, new() { Name = "Ruaj", Exact = true }).ClickAsync();
        await Expect(police.GetByRole(AriaRole.Status)).ToContainTextAsync("Kërkesa për kompensim u regjistrua.");
        await Expect(police.GetByTestId("compensation-row")).ToContainTextAsync("Fondi shtetëror");
        await police.ExpectAccessibleAsync();
        await police.Context.CloseAsync();
    }
}
