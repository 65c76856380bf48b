using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>
/// A search that matches more cases than anyone would page through (a common first name alone) counts no further
/// than <see cref="CaseSearch.Cap"/> and asks for another word, while a rare word beside the common one still finds its
/// cases exactly, within the reader's scope.
/// </summary>
public sealed class CommonNameSearchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static async Task<string> SearchAsync(PortalClient client, string q) =>
        await client.GetPageAsync("/Cases?State=All&Q=" + Uri.EscapeDataString(q));

    private async Task RegisterWithNamesakesAsync(string first, string last, int namesakes)
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        await CaseCopies.AddAsync(portal, await CaseForms.RegisterAsync(portal, police, first, last), namesakes);
    }

    [Fact]
    public async Task A_name_shared_by_more_than_a_thousand_asks_for_another_word_and_a_rare_one_beside_it_still_finds_its_case()
    {
        await RegisterWithNamesakesAsync("Mimoza", "Krasniqi", CaseSearch.Cap);
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Mimoza", "Zenelaj");
        var rare = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync());

        foreach (var reader in new[] { Demo.PoliceTirana, Demo.Coordinator })
        {
            using var client = await portal.SignedInClientAsync(reader);
            var common = await SearchAsync(client, "mimoza");
            Assert.Contains("data-testid=\"search-capped\"", common);
            Assert.Contains("Më shumë se 1", common);
            // The newest case comes first and the list offers the first thousand only: forty pages of 25.
            Assert.Contains(rare, common);
            Assert.Equal(25, CaseRows(common));
            var beyond = await client.GetPageAsync("/Cases?State=All&Q=mimoza&Page=400");
            Assert.Contains("data-testid=\"search-capped\"", beyond);
            Assert.Contains("aria-current=\"page\">40</a>", beyond);
            Assert.Equal(25, CaseRows(beyond));

            // The rare surname leads: one case, counted exactly, however common the first name.
            var narrow = await SearchAsync(client, "Mimoza Zenelaj");
            Assert.DoesNotContain("data-testid=\"search-capped\"", narrow);
            Assert.Contains(rare, narrow);
            Assert.Equal(1, CaseRows(narrow));
            Assert.Equal(0, CaseRows(await SearchAsync(client, "Mimoza Zenelaj Krasniqi")));
        }

        // Outside the police of Tirana's scope, neither the common name nor the rare one finds anything.
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        Assert.Equal(0, CaseRows(await SearchAsync(vlora, "mimoza")));
        Assert.Equal(0, CaseRows(await SearchAsync(vlora, "mimoza zenelaj")));
        Assert.DoesNotContain("data-testid=\"search-capped\"", await SearchAsync(vlora, "mimoza"));
    }

    private static int CaseRows(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "href=\"/Cases/\\d+\"").Count;
}
