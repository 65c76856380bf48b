using System.Net;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Security;

/// <summary>
/// Every field is bounded at binding and no message repeats what was sent, so a hostile value can neither grow the
/// TempData cookie (once 134 KB over 34 cookies, and every later page answered 431) nor reach a page or the database.
/// </summary>
public sealed class BoundedInputTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string HugeVersion = new('9', 100_000);

    [Fact]
    public async Task A_100000_character_version_sets_no_big_cookie_and_the_next_pages_still_open()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var meeting = await MeetingForms.ScheduledAsync(portal, secretary, "Takim për versionin e gjatë " + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingForms.AddActionAsync(portal, secretary, meeting, "Veprim për versionin", "DVP-TIRANE")).StatusCode);
        var action = await portal.WithDbAsync(db => db.ActionItems.Where(a => a.MeetingId == meeting).Select(a => a.Id).SingleAsync());
        var caseId = await CaseForms.RegisterAsync(portal, police, "Versioni", "Gjatë" + Guid.NewGuid().ToString("N")[..6]);
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");

        var posts = new (PortalClient Client, string Form, string Url, KeyValuePair<string, string>[] Fields)[]
        {
            (secretary, $"/Meetings/{meeting}", $"/Meetings/{meeting}/Actions",
                [new("Description", ""), new("ResponsibleAgencyId", HugeVersion), new("DueOn", "2027-01-01"), new("Version", HugeVersion)]),
            (secretary, "/Meetings/Actions", $"/Meetings/Actions/{action}", [new("State", "Done"), new("Note", "U krye"), new("Version", HugeVersion)]),
            (police, $"/Cases/{caseId}", $"/Referrals/{referral}/Services",
                [new("Service", "ShelterAccommodation"), new("DeliveredOn", "2026-01-01"), new("Note", "Strehim"), new("Version", HugeVersion)]),
        };
        foreach (var (client, form, url, fields) in posts)
        {
            var response = await client.SubmitAsync(form, url, fields);
            Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
            var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
            Assert.True(cookies.Sum(c => c.Length) < 4096, $"{url} set {cookies.Count} cookies of {cookies.Sum(c => c.Length)} characters");
            Assert.DoesNotContain(cookies, c => c.Contains(new string('9', 200), StringComparison.Ordinal));

            // The page the person is sent back to, and any other, still opens (with the message, not with the value).
            foreach (var next in new[] { response.Headers.Location?.OriginalString ?? form, form, "/Meetings" })
            {
                var page = await client.GetAsync(next);
                Assert.True(page.StatusCode == HttpStatusCode.OK, $"after {url}: {next} answered {(int)page.StatusCode}");
                Assert.DoesNotContain(new string('9', 200), await page.Content.ReadAsStringAsync());
            }
        }

        Assert.Equal(0, await portal.WithDbAsync(db => db.ServiceDeliveries.CountAsync(s => s.ReferralId == referral)));
    }

    [Fact]
    public async Task A_text_longer_than_any_field_takes_is_not_bound_and_the_form_says_so()
    {
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var before = await portal.WithDbAsync(db => db.AwarenessActivities.CountAsync());
        var response = await coordinator.SubmitAsync("/Trainings/Activities/New",
            [new("Title", "Aktivitet"), new("StartsOn", "2026-05-05"), new("Description", new string('ë', BoundedBinding.TextLimit + 1)), new("Version", "0")]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"„Përshkrimi” është shumë e gjatë: deri në {BoundedBinding.TextLimit} shenja.", page);
        Assert.DoesNotContain(new string('ë', 100), page);
        Assert.Equal(before, await portal.WithDbAsync(db => db.AwarenessActivities.CountAsync()));
    }

    [Fact]
    public async Task A_form_value_over_the_raw_limit_is_refused_with_the_portals_own_page()
    {
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var before = await portal.WithDbAsync(db => db.AwarenessActivities.CountAsync());
        var response = await coordinator.SubmitAsync("/Trainings/Activities/New",
            [new("Title", new string('x', BoundedBinding.RawValueBytes + 1)), new("StartsOn", "2026-05-05"), new("Version", "0")]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kërkesa nuk mund të lexohej", page);
        Assert.Equal(before, await portal.WithDbAsync(db => db.AwarenessActivities.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/Trainings")).StatusCode);
    }
}
