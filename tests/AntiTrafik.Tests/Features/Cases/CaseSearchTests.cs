using System.Net;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>
/// Finding a person by name, other names, personal or phone number or case number, within the reader's own scope,
/// through a blind index: no name is ever in the database in clear, and a search decrypts nothing.
/// </summary>
public sealed class CaseSearchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(int Id, string Number)> RegisterAsync(string first, string last, params (string Name, string Value)[] overrides)
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, first, last, overrides: overrides);
        return (id, await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync()));
    }

    private static async Task<string> SearchAsync(PortalClient client, string q) =>
        await client.GetPageAsync("/Cases?State=All&Q=" + Uri.EscapeDataString(q));

    [Fact]
    public async Task A_person_is_found_by_any_name_without_marks_or_case_and_by_numbers()
    {
        var (_, number) = await RegisterAsync("Arta", "Çela", ("Aliases", "Artë Dedë"), ("PersonalNumber", "J01234567K"), ("Phone", "+355 69 765 4321"));
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);

        foreach (var typed in new[] { "arta", "CELA", "Çela", "arta cela", "Dede", "dedë", "Artta", "j01234567k", "0697654321", number })
        {
            Assert.True((await SearchAsync(police, typed)).Contains(number, StringComparison.Ordinal), $"\"{typed}\" did not find the case.");
        }

        // Every word must match: a different first name with the same last name is another person.
        Assert.DoesNotContain(number, await SearchAsync(police, "Blerta Cela"));
    }

    [Fact]
    public async Task A_search_finds_nothing_outside_the_readers_scope()
    {
        var (_, number) = await RegisterAsync("Vjollca", "Marku");
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        Assert.DoesNotContain(number, await SearchAsync(vlora, "Vjollca Marku"));
        using var tirana = await portal.SignedInClientAsync(Demo.PoliceTirana);
        Assert.Contains(number, await SearchAsync(tirana, "vjollca markú"));
        // The coordinator's office finds it, pseudonymised.
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var page = await SearchAsync(coordinator, "Vjollca");
        Assert.Contains(number, page);
        // Only what the coordinator typed comes back (in the search field); the rest of the name stays hidden.
        Assert.DoesNotContain("Marku", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("V.M.", page);
    }

    [Fact]
    public async Task The_database_and_the_logs_hold_no_name_after_a_search()
    {
        await RegisterAsync("Zamira", "Hoxhaj");
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        await SearchAsync(police, "Zamira Hoxhaj");

        Assert.DoesNotContain("Zamira", portal.ReadLogs(), StringComparison.OrdinalIgnoreCase);
        var tokens = await portal.WithDbAsync(db => db.Set<AntiTrafik.Domain.Cases.CaseSearchToken>().Select(t => t.Token).ToListAsync());
        Assert.NotEmpty(tokens);
        Assert.All(tokens, t => Assert.Matches("^[0-9A-F]{32}$", t));
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(portal.DatabasePath)!, "portal.db*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
            var raw = await reader.ReadToEndAsync();
            Assert.DoesNotContain("zamira", raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("hoxhaj", raw, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("   ")]
    public async Task Hostile_or_empty_searches_answer_a_page_not_an_error(string typed)
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var response = await police.GetAsync("/Cases?Q=" + Uri.EscapeDataString(typed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_search_too_long_for_any_name_is_refused_with_a_message()
    {
        await RegisterAsync("Teuta", "Long");
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var page = await SearchAsync(police, new string('a', 10_000));
        Assert.Contains("data-testid=\"search-problem\"", page);
        Assert.Contains($"jo më shumë se {BlindIndex.MaxLength} shenja", page);
    }

    [Fact]
    public void Words_are_compared_without_case_marks_or_doubled_letters()
    {
        Assert.Equal(BlindIndex.Word("Çela"), BlindIndex.Word("cela"));
        Assert.Equal(BlindIndex.Word("Dedë"), BlindIndex.Word("DEDE"));
        Assert.Equal(BlindIndex.Word("Markú"), BlindIndex.Word("Marku"));
        Assert.Equal(BlindIndex.Word("Rrapi"), BlindIndex.Word("Rapi"));
        Assert.NotEqual(BlindIndex.Word("Arta"), BlindIndex.Word("Arba"));
    }

    [Theory]
    [InlineData("Xhulia", "Julia")]
    [InlineData("Qela", "Çela")]
    [InlineData("Thanas", "Tanas")]
    [InlineData("Dhimitri", "Dimitri")]
    [InlineData("Dritë", "Drita")]
    [InlineData("Myrvete", "Mirvete")]
    [InlineData("Kristina", "Cristina")]
    [InlineData("Xhaferri", "Jaferi")]
    public void Common_spelling_variants_of_a_name_are_one_word(string written, string typed) =>
        Assert.Equal(BlindIndex.Word(written), BlindIndex.Word(typed));

    [Theory]
    [InlineData("Arta", "Arba")]
    [InlineData("Ana", "Ada")]
    [InlineData("Shpresa", "Spresa")]
    [InlineData("Gjon", "Jon")]
    public void Different_names_stay_different(string one, string other) =>
        Assert.NotEqual(BlindIndex.Word(one), BlindIndex.Word(other));

    [Fact]
    public async Task A_misspelled_unaccented_name_finds_the_case()
    {
        var (_, number) = await RegisterAsync("Dritë", "Xhaferri");
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        Assert.Contains(number, await SearchAsync(police, "drita jaferi"));
        Assert.Contains(number, await SearchAsync(police, "DRITE XHAFERI"));
    }

    [Fact]
    public async Task Cases_indexed_before_search_or_by_an_older_index_are_indexed_again_without_changing_the_case()
    {
        var (id, number) = await RegisterAsync("Lindita", "Rexhepi");
        // As a case registered before search existed: no tokens, no index version.
        var version = await portal.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM CaseSearchTokens WHERE CaseId = {id}");
            await db.Database.ExecuteSqlAsync($"UPDATE Cases SET SearchIndexVersion = 0 WHERE Id = {id}");
            return await db.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync();
        });
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        Assert.DoesNotContain(number, await SearchAsync(police, "Lindita"));

        var rebuilt = await portal.WithScopeAsync(services => services.GetRequiredService<AntiTrafik.Web.Features.Cases.SearchIndexRebuild>().RebuildBatchAsync());

        Assert.True(rebuilt.Rebuilt >= 1);
        Assert.Contains(number, await SearchAsync(police, "Lindita Rexhepi"));
        Assert.Equal(version, await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync()));
        Assert.Equal(new(0, 0), await portal.WithScopeAsync(services => services.GetRequiredService<AntiTrafik.Web.Features.Cases.SearchIndexRebuild>().RebuildBatchAsync()));
    }

    [Fact]
    public async Task Registering_starts_from_a_search_over_every_case_of_the_institution()
    {
        var (_, number) = await RegisterAsync("Mimoza", "Kryeziu");
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var register = await police.GetPageAsync("/Cases/Register");
        var form = System.Text.RegularExpressions.Regex.Match(register, "<form[^>]*data-testid=\"search-first\"[^>]*>").Value;
        Assert.Contains("method=\"get\"", form);
        Assert.Contains("action=\"/Cases\"", form);
        Assert.Contains(number, await SearchAsync(police, "Mimoza Kryeziu"));
    }
}
