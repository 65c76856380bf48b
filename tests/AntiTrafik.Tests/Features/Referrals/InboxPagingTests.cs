using System.Net;
using System.Text.RegularExpressions;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Referrals;

/// <summary>The inbox shows each list a page at a time, with the list's full total, in the order the agency works it.</summary>
public sealed class InboxPagingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static List<int> ReferralIds(string page, string list)
    {
        var start = page.IndexOf($"data-testid=\"referrals-{list}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var table = page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
        return Regex.Matches(table, "#referral-(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();
    }

    private static int Total(string page, string list) =>
        int.Parse(Regex.Match(page, $"data-testid=\"total-{list}\">(\\d+)<").Groups[1].Value);

    [Fact]
    public async Task Incoming_referrals_come_a_page_at_a_time_most_urgent_first_and_the_badge_counts_them_all()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Drita", "Faqe" + Guid.NewGuid().ToString("N")[..6]);
        for (var i = 0; i < Inbox.PageSize + 3; i++)
        {
            await ReferralSteps.SentAsync(portal, police, caseId, "TDB", i % 4 == 0 ? "Urgent" : "Routine");
        }

        var tdb = await Users.AgencyIdAsync(portal, "TDB");
        var expected = await portal.WithDbAsync(db => db.Referrals
            .Where(r => r.ReceivingAgencyId == tdb && r.State == ReferralState.Sent)
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync());
        Assert.True(expected.Count > Inbox.PageSize);

        using var shelter = portal.CreatePortalClient();
        await shelter.SignInAsExpectedAsync(Demo.ShelterTdb);
        var first = await shelter.GetPageAsync("/Referrals");
        Assert.Equal(expected.Count, Total(first, "incoming"));
        Assert.Equal(expected.Take(Inbox.PageSize), ReferralIds(first, "incoming"));
        Assert.Contains("/Referrals?incoming=2&amp;inprogress=1&amp;outgoing=1#incoming", first);

        var second = await shelter.GetPageAsync("/Referrals?incoming=2");
        Assert.Equal(expected.Skip(Inbox.PageSize).Take(Inbox.PageSize), ReferralIds(second, "incoming"));

        // The police see what they sent, newest first, with the same total.
        var sent = await portal.WithDbAsync(db => db.Referrals.Where(r => r.SendingAgencyId == db.Agencies.Single(a => a.Code == "DVP-TIRANE").Id)
            .OrderByDescending(r => r.SentAt).ThenByDescending(r => r.Id).Select(r => r.Id).ToListAsync());
        var outgoing = await police.GetPageAsync("/Referrals");
        Assert.Equal(sent.Count, Total(outgoing, "outgoing"));
        Assert.Equal(sent.Take(Inbox.PageSize), ReferralIds(outgoing, "outgoing"));
    }

    [Theory]
    [InlineData("/Referrals?incoming=-4")]
    [InlineData("/Referrals?incoming=2147483647&inprogress=999999&outgoing=0")]
    [InlineData("/Referrals?incoming=abc&inprogress=%3Cscript%3E")]
    public async Task Pages_out_of_range_or_not_numbers_show_the_nearest_page(string address)
    {
        using var shelter = portal.CreatePortalClient();
        await shelter.SignInAsExpectedAsync(Demo.ShelterTdb);
        var response = await shelter.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"total-incoming\"", page);
        Assert.DoesNotContain("<script>", page);
    }

    [Fact]
    public async Task Accepted_and_in_progress_referrals_are_one_list_oldest_first()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        using var shelter = portal.CreatePortalClient();
        await shelter.SignInAsExpectedAsync(Demo.ShelterTdb);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Mira", "Radhe" + Guid.NewGuid().ToString("N")[..6]);
        for (var i = 0; i < 4; i++)
        {
            var id = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
            portal.Clock.Advance(TimeSpan.FromMinutes(5));
            Assert.Equal(HttpStatusCode.Redirect, (await ReferralSteps.StepAsync(portal, shelter, id, "Accept")).StatusCode);
            if (i % 2 == 1)
            {
                var version = await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
                var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
                var service = await shelter.SubmitAsync($"/Cases/{caseId}", $"/Referrals/{id}/Services",
                    [new("Service", "ShelterAccommodation"), new("DeliveredOn", today), new("Version", version.ToString())]);
                Assert.Equal(HttpStatusCode.Redirect, service.StatusCode);
                Assert.Equal(ReferralState.InProgress, await ReferralSteps.StateAsync(portal, id));
            }
        }

        var tdb = await Users.AgencyIdAsync(portal, "TDB");
        var expected = await portal.WithDbAsync(db => db.Referrals
            .Where(r => r.ReceivingAgencyId == tdb && (r.State == ReferralState.Accepted || r.State == ReferralState.InProgress))
            .OrderBy(r => r.SentAt).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync());
        var page = await shelter.GetPageAsync("/Referrals");
        Assert.Equal(expected.Count, Total(page, "in-progress"));
        Assert.Equal(expected.Take(Inbox.PageSize), ReferralIds(page, "in-progress"));
    }
}
