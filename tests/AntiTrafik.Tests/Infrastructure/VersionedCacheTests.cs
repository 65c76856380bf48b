using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AntiTrafik.Tests.Infrastructure;

/// <summary>
/// Lists, counts and names are cached until the next save: a reader must see every change on the next view,
/// and the cache must stay bounded however many different filters are asked for.
/// </summary>
public sealed class VersionedCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..6].ToLowerInvariant();

    [Fact]
    public async Task A_value_is_computed_again_after_a_save_and_kept_until_then()
    {
        var version = new DataVersion(NullLogger<DataVersion>.Instance);
        using var cache = new VersionedCache(version);
        var computed = 0;
        Task<int> Compute() => Task.FromResult(++computed);

        Assert.Equal(1, await cache.GetOrCreateAsync("figure", Compute));
        Assert.Equal(1, await cache.GetOrCreateAsync("figure", Compute));
        Assert.Equal(2, await cache.GetOrCreateAsync("another figure", Compute));

        version.Bump();

        Assert.Equal(3, await cache.GetOrCreateAsync("figure", Compute));
        Assert.Equal(3, await cache.GetOrCreateAsync("figure", Compute));
    }

    [Fact]
    public async Task Readers_who_miss_at_the_same_moment_share_one_computation()
    {
        using var cache = new VersionedCache(new DataVersion(NullLogger<DataVersion>.Instance));
        var computations = 0;
        var figures = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int> Compute()
        {
            Interlocked.Increment(ref computations);
            return figures.Task;
        }

        var readers = Enumerable.Range(0, 8).Select(_ => cache.GetOrCreateAsync("dashboard", Compute)).ToList();
        figures.SetResult(42);

        Assert.All(await Task.WhenAll(readers), value => Assert.Equal(42, value));
        Assert.Equal(1, computations);
        Assert.Equal(42, await cache.GetOrCreateAsync("dashboard", Compute));
        Assert.Equal(1, computations);
    }

    [Fact]
    public async Task When_the_reader_computing_goes_away_the_others_compute_for_themselves()
    {
        using var cache = new VersionedCache(new DataVersion(NullLogger<DataVersion>.Instance));
        var abandoned = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = cache.GetOrCreateAsync("dashboard", () => abandoned.Task);
        var second = cache.GetOrCreateAsync("dashboard", () => Task.FromResult(7));

        abandoned.SetCanceled();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(7, await second);
    }

    [Fact]
    public async Task It_never_holds_more_than_its_bound_however_many_keys_are_asked_for()
    {
        using var cache = new VersionedCache(new DataVersion(NullLogger<DataVersion>.Instance));
        const int asked = VersionedCache.MaxEntries + 2_000;
        for (var i = 0; i < asked; i++)
        {
            await cache.GetOrCreateAsync($"filter-{i}", () => Task.FromResult(i));
        }

        var kept = 0;
        for (var i = 0; i < asked; i++)
        {
            var recomputed = false;
            await cache.GetOrCreateAsync($"filter-{i}", () =>
            {
                recomputed = true;
                return Task.FromResult(i);
            });
            kept += recomputed ? 0 : 1;
        }

        Assert.InRange(kept, 1, VersionedCache.MaxEntries);
        Assert.InRange(cache.Count, 1, VersionedCache.MaxEntries);
    }

    [Fact]
    public async Task A_key_holds_one_value_however_many_saves_there_are()
    {
        var version = new DataVersion(NullLogger<DataVersion>.Instance);
        using var cache = new VersionedCache(version);
        for (var save = 0; save < VersionedCache.MaxEntries + 2_000; save++)
        {
            await cache.GetOrCreateAsync("names", () => Task.FromResult(save));
            version.Bump();
        }

        Assert.Equal(1, cache.Count);
        Assert.Equal(-1, await cache.GetOrCreateAsync("names", () => Task.FromResult(-1)));
    }

    [Fact]
    public async Task A_caseworkers_list_shows_a_new_case_and_a_changed_name_on_the_next_view()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var last = Unique("Listë");
        Assert.DoesNotContain(last, await police.GetPageAsync("/Cases"));

        var id = await CaseForms.RegisterAsync(portal, police, "Drita", last);
        Assert.Contains($"Drita {last}", await police.GetPageAsync("/Cases"));

        var version = PortalClient.Field(await police.GetPageAsync($"/Cases/{id}/Edit"), "Version");
        var renamed = Unique("Emërndërruar");
        var edit = await police.SubmitAsync($"/Cases/{id}/Edit", await CaseForms.ValidAsync(portal, "Drita", renamed, overrides: [("Version", version)]));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, edit.StatusCode);

        var list = await police.GetPageAsync("/Cases");
        Assert.Contains($"Drita {renamed}", list);
        Assert.DoesNotContain(last, list);
    }

    [Fact]
    public async Task A_receivers_inbox_shows_a_referral_on_the_next_view_and_its_answer_after_that()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Mira", Unique("Kutia"));
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync());
        Assert.DoesNotContain(number, await shelter.GetPageAsync("/Referrals"));
        Assert.DoesNotContain(number, await police.GetPageAsync("/Referrals"));

        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        Assert.Contains(number, IncomingSection(await shelter.GetPageAsync("/Referrals")));
        Assert.Contains(number, await police.GetPageAsync("/Referrals"));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await ReferralSteps.StepAsync(portal, shelter, referral, "Accept")).StatusCode);
        var inbox = await shelter.GetPageAsync("/Referrals");
        Assert.DoesNotContain(number, IncomingSection(inbox));
        Assert.Contains(number, inbox);
    }

    [Fact]
    public async Task A_case_page_shows_a_new_note_at_once_and_a_receiver_who_declines_loses_it_at_once()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Lule", Unique("Faqja"));
        var referral = await ReferralSteps.SentAsync(portal, police, caseId, "TDB");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await shelter.GetAsync($"/Cases/{caseId}")).StatusCode);
        await police.GetPageAsync($"/Cases/{caseId}");

        var note = Unique("Shënim i ri ");
        await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Notes", [new("Text", note)]);
        Assert.Contains(note, await police.GetPageAsync($"/Cases/{caseId}/Timeline"));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await ReferralSteps.StepAsync(portal, shelter, referral, "Decline", "No free beds")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await shelter.GetAsync($"/Cases/{caseId}")).StatusCode);
        Assert.Contains("No free beds", await police.GetPageAsync($"/Cases/{caseId}/Referrals"));
    }

    /// <summary>The inbox's first list (waiting for an answer), up to the second list's heading.</summary>
    private static string IncomingSection(string html)
    {
        var match = Regex.Match(html, "id=\"incoming\"(.*?)id=\"in-progress\"", RegexOptions.Singleline);
        Assert.True(match.Success, "The inbox should have its incoming and in-progress lists.");
        return match.Groups[1].Value;
    }
}
