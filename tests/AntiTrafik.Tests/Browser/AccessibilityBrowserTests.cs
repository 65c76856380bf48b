using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AntiTrafik.Tests.Browser;

/// <summary>
/// Every page the browser tests visit, for every role that may open it, in Albanian and English, on a desk's
/// screen (1 366 px) and a phone's (390 px): axe finds no accessibility problem of any impact, and on the phone
/// nothing scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccessibilityBrowserTests(BrowserFixture browser)
{
    private const string Anonymous = "";

    private static readonly string[] Caseworkers = [Demo.PoliceTirana, Demo.ShelterTdb, Demo.SocialServiceTirana];
    private static readonly string[] Everyone = [.. Caseworkers, Demo.Coordinator, Demo.Secretary, Demo.Admin];
    private static readonly string[] RecordKeepers = [Demo.Coordinator, Demo.Secretary];

    /// <summary>
    /// The pages, each with who opens it. A part in braces is the first record of that kind a link on a list
    /// leads to, as the person signed in sees the list (see <see cref="Records"/>); {assessed} is the demo case
    /// with the joint interview's assessments.
    /// </summary>
    public static readonly IReadOnlyList<(string Path, string[] Who)> Pages =
    [
        ("/Account/Login", [Anonymous]),
        ("/Account/SetPassword", [Anonymous]),
        ("/Error/404", [Anonymous]),
        ("/", Everyone),
        ("/Cases", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/{case}", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/{assessed}", [Demo.PoliceTirana, Demo.SocialServiceTirana, Demo.Coordinator]),
        ("/Cases/{case}/Documents", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/{case}/Edit", Caseworkers),
        ("/Cases/{case}/Identification", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/{case}/Referrals", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/{case}/Timeline", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/{case}/Print", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/{case}/Refer", Caseworkers),
        ("/Cases/{case}/Consent", Caseworkers),
        ("/Cases/{case}/Lead/Offer", Caseworkers),
        ("/Cases/{case}/Close", Caseworkers),
        ("/Cases/{case}/Plan", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/{case}/Plan/Edit", Caseworkers),
        ("/Cases/{case}/Risk", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/{case}/Risk/New", Caseworkers),
        ("/Cases/{case}/Justice", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/{case}/Justice/Proceedings/New", Caseworkers),
        ("/Cases/{case}/Links", [.. Caseworkers, Demo.Coordinator]),
        ("/Cases/Register", Caseworkers),
        ("/Cases/Duplicates", [Demo.Coordinator]),
        ("/Referrals", Caseworkers),
        ("/Referrals/Escalation", [Demo.Coordinator]),
        ("/Notifications", Caseworkers),
        ("/Notifications/Email", Caseworkers),
        ("/Statistics", [.. Caseworkers, Demo.Coordinator]),
        ("/Audit", [Demo.Coordinator]),
        ("/Meetings", Everyone),
        ("/Meetings/Actions", Everyone),
        ("/Meetings/{meeting}", Everyone),
        ("/Meetings/{meeting}/Print", Everyone),
        ("/Meetings/New", RecordKeepers),
        ("/Meetings/{meeting}/Edit", RecordKeepers),
        ("/Trainings", Everyone),
        ("/Trainings/{training}", Everyone),
        ("/Trainings/New", [Demo.Coordinator]),
        ("/Trainings/Activities/New", [Demo.Coordinator]),
        ("/Bulletins", Everyone),
        ("/Bulletins/{bulletin}", [Demo.Coordinator]),
        ("/Bulletins/{bulletin}/Print", [Demo.Coordinator]),
        ("/Bulletins/New", [Demo.Coordinator]),
        ("/Agencies", Everyone),
        ("/Agencies/Create", [Demo.Admin]),
        ("/Agencies/Edit/{agency}", [Demo.Admin]),
        ("/Administration/Users", [Demo.Admin]),
        ("/Administration/Users/Create", [Demo.Admin]),
        ("/Administration/Users/Edit/{user}", [Demo.Admin]),
        ("/Drafts", Everyone),
        ("/Account/Security", Everyone),
        ("/Error/404", [Demo.PoliceTirana]),

        // Refused: the portal's 403 page.
        ("/Audit", [Demo.PoliceTirana]),
    ];

    /// <summary>Where a part in braces is found: the list page, and the links on it that lead to such a record.</summary>
    private static readonly Dictionary<string, (string List, Regex Link)> Records = new(StringComparer.Ordinal)
    {
        ["case"] = ("/Cases?State=All", CaseLink()),
        ["meeting"] = ("/Meetings", MeetingLink()),
        ["training"] = ("/Trainings", TrainingLink()),
        ["bulletin"] = ("/Bulletins", BulletinLink()),
        ["agency"] = ("/Agencies", AgencyLink()),
        ["user"] = ("/Administration/Users", UserLink()),
    };

    private static readonly (string Culture, string Name)[] Languages = [("sq", "Shqip"), ("en", "English")];
    private static readonly (int Width, int Height, string Name)[] Screens = [(1366, 768, "desk"), (390, 844, "phone")];

    public static TheoryData<string> People() => new(Everyone.Prepend(Anonymous));

    [Theory]
    [MemberData(nameof(People))]
    public async Task Every_page_has_no_accessibility_problem_and_fits_a_phone_in_both_languages(string person)
    {
        var page = await browser.NewPageAsync();
        if (person != Anonymous)
        {
            await page.SignInAsync(person);
        }

        if (person == Demo.Coordinator)
        {
            await PrepareABulletinAsync(page);
        }

        var problems = new List<string>();
        var paths = new List<string>();
        foreach (var (template, _) in Pages.Where(p => p.Who.Contains(person)))
        {
            paths.Add(await ResolveAsync(page, template));
        }

        foreach (var (culture, language) in Languages)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl }]);
            foreach (var path in paths)
            {
                foreach (var (width, height, screen) in Screens)
                {
                    await page.SetViewportSizeAsync(width, height);
                    if (screen == Screens[0].Name)
                    {
                        await page.GotoAsync(path);
                    }

                    var where = $"{path} ({language}, {screen})";
                    problems.AddRange((await page.AccessibilityViolationsAsync()).Select(v => $"{where}: {v}"));
                    if (!await page.FitsTheWidthAsync())
                    {
                        var wide = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                        problems.Add($"{where}: scrolls sideways ({wide} px wide)");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems for {(person == Anonymous ? "a visitor" : person)}:\n" + string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    /// <summary>The demo data has no bulletin: the coordinator prepares one, as in <see cref="BulletinBrowserTests"/>.</summary>
    private static async Task PrepareABulletinAsync(IPage page)
    {
        await page.GotoAsync("/Bulletins/New");
        await page.GetByLabel("Numri").FillAsync(Random.Shared.Next(2000, 9000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Nga").FillAsync("2028-04-01");
        await page.GetByLabel("Deri").FillAsync("2028-04-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Përgatit buletinin" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page).ToHaveURLAsync(BulletinPage());
    }

    /// <summary>The path with its part in braces, if any, replaced by the first such record the person's list links to.</summary>
    private async Task<string> ResolveAsync(IPage page, string template)
    {
        var match = Placeholder().Match(template);
        if (!match.Success)
        {
            return template;
        }

        if (match.Groups[1].Value == "assessed")
        {
            var assessed = await browser.Portal.WithDbAsync(db => db.IdentificationAssessments.OrderBy(a => a.Id).Select(a => a.CaseId).FirstAsync());
            return template.Replace(match.Value, assessed.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var (list, link) = Records[match.Groups[1].Value];
        await page.GotoAsync(list);
        var hrefs = await page.Locator("main a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var href = hrefs.FirstOrDefault(h => link.IsMatch(h))
            ?? throw new InvalidOperationException($"No link on {list} leads to a {match.Groups[1].Value}.");
        return template.Replace(match.Value, link.Match(href).Groups[1].Value, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^/Cases/(\d+)$")]
    private static partial Regex CaseLink();

    [GeneratedRegex(@"^/Meetings/(\d+)$")]
    private static partial Regex MeetingLink();

    [GeneratedRegex(@"^/Trainings/(\d+)$")]
    private static partial Regex TrainingLink();

    [GeneratedRegex(@"/Bulletins/\d+$")]
    private static partial Regex BulletinPage();

    [GeneratedRegex(@"^/Bulletins/(\d+)$")]
    private static partial Regex BulletinLink();

    [GeneratedRegex(@"^/Agencies/Edit/(\d+)$")]
    private static partial Regex AgencyLink();

    [GeneratedRegex(@"^/Administration/Users/Edit/([^/?]+)$")]
    private static partial Regex UserLink();
}
