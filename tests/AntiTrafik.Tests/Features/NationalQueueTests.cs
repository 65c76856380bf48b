using System.Globalization;
using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Features.Home;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features;

/// <summary>
/// The coordinator's office reads national lists: its home page shows the most urgent rows of each and counts the
/// rest, with a link to all of them, and the menu's count is everything waiting.
/// </summary>
public sealed class NationalQueueTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_long_national_list_shows_its_oldest_rows_counts_the_rest_and_the_menu_counts_all()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        for (var i = 0; i < WorkQueue.Shown + 3; i++)
        {
            await CaseForms.RegisterAsync(portal, police, "Emra", $"Mbiemër{i}");
        }

        var undecided = await portal.WithDbAsync(db => db.Cases.CountAsync(c => c.ClosedAt == null && c.Status == AntiTrafik.Domain.Cases.CaseStatus.PotentialVictim));
        var oldest = await portal.WithDbAsync(db => db.Cases.Where(c => c.ClosedAt == null && c.Status == AntiTrafik.Domain.Cases.CaseStatus.PotentialVictim)
            .OrderBy(c => c.RegisteredAt).Select(c => c.Number).FirstAsync());
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var home = await coordinator.GetPageAsync("/");

        Assert.Equal(WorkQueue.Shown, Regex.Matches(home, "data-testid=\"queue-item\" data-kind=\"IdentificationWaiting\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Count);
        Assert.Contains(oldest, home);
        var more = Regex.Match(home, "<li data-kind=\"IdentificationWaiting\">[^<]*<a href=\"([^\"]*)\">dhe (\\d+) (?:të tjera|tjetër)</a>", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(more.Success);
        Assert.Equal(undecided - WorkQueue.Shown, int.Parse(more.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.Contains("Status=PotentialVictim", System.Net.WebUtility.HtmlDecode(more.Groups[1].Value));

        var rows = Regex.Matches(home, "data-testid=\"queue-item\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Count;
        var hidden = Regex.Matches(home, "dhe (\\d+) (?:të tjera|tjetër)", RegexOptions.None, TimeSpan.FromSeconds(1)).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        var badge = Regex.Match(home, "data-testid=\"count-Home\">(\\d+)<", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.Equal(rows + hidden, int.Parse(badge.Groups[1].Value, CultureInfo.InvariantCulture));
    }
}
