using System.Net;
using System.Text;
using System.Text.Json;
using AntiTrafik.Domain.Drafts;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using AntiTrafik.Web.Features.Drafts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Features.Drafts;

/// <summary>
/// Long forms keep what was typed as the person's own draft on the server, sealed; the form's page fills itself from it,
/// for its owner only; it goes when the form is sent, when discarded, or 14 days after it was last saved.
/// </summary>
public sealed class DraftTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Fields(params (string Name, string Label, string[] Values)[] fields) =>
        JsonSerializer.Serialize(fields.Select(f => new { n = f.Name, l = f.Label, v = f.Values }));

    /// <summary>What drafts.js sends: the kind of form, its record, and the changed fields as JSON.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(PortalClient client, string kind, int record, string fields, int? baseVersion = null, string? token = null)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token ?? await client.TokenFromAsync("/Drafts")),
            new("Kind", kind),
            new("Record", record.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Fields", fields),
        };
        if (baseVersion is { } version)
        {
            form.Add(new("BaseVersion", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/Drafts") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return await client.Http.SendAsync(request);
    }

    private static async Task SavedAsync(PortalClient client, string kind, int record, string fields, int? baseVersion = null)
    {
        var response = await SaveAsync(client, kind, record, fields, baseVersion);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private Task<List<Draft>> DraftsOfAsync(string email) =>
        portal.WithDbAsync(async db =>
        {
            var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.Drafts.AsNoTracking().Where(d => d.OwnerId == owner).ToListAsync();
        });

    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task A_draft_is_kept_encrypted_and_only_its_owner_gets_it_back()
    {
        var last = Unique("Draftova");
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        await SavedAsync(police, DraftKinds.Keys.CaseRegistration, 0, Fields(("FirstName", "Emri", ["Zamira"]), ("LastName", "Mbiemri", [last])));

        // The owner's registration page brings the draft to fill the form with, and "my drafts" lists it.
        var page = await police.GetPageAsync("/Cases/Register");
        Assert.Contains("data-draft-restore", page);
        Assert.Contains(last, page);
        Assert.Contains("Ky formular u plotësua nga drafti juaj", page);
        var mine = await police.GetPageAsync("/Drafts");
        Assert.Contains("Regjistrimi i një rasti", mine);
        var draft = Assert.Single(await DraftsOfAsync(Demo.PoliceTirana), d => d.Form == DraftKinds.Keys.CaseRegistration);
        Assert.Contains(last, await police.GetPageAsync($"/Drafts/{draft.Id}"));

        // Anyone else: the same empty form, no draft, and the draft's address answers nothing.
        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        var theirs = await vlora.GetPageAsync("/Cases/Register");
        Assert.DoesNotContain(last, theirs);
        Assert.DoesNotContain("data-draft-restore", theirs);
        Assert.Contains("Nuk keni drafte.", await vlora.GetPageAsync("/Drafts"));
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Drafts/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.SubmitAsync("/Drafts", $"/Drafts/{draft.Id}/Discard", [])).StatusCode);
        Assert.Single(await DraftsOfAsync(Demo.PoliceTirana), d => d.Form == DraftKinds.Keys.CaseRegistration);

        // At rest the draft is ciphertext: the name is nowhere in the database's files.
        Assert.DoesNotContain(last, draft.ProtectedFields);
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);"));
        SqliteConnection.ClearAllPools();
        var bytes = new List<byte>();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(portal.DatabasePath)!, "portal.db*"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            bytes.AddRange(memory.ToArray());
        }

        Assert.DoesNotContain(last, Encoding.UTF8.GetString(bytes.ToArray()));

        // Discarded by its owner, it is gone.
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync("/Drafts", $"/Drafts/{draft.Id}/Discard", [])).StatusCode);
        Assert.DoesNotContain(await DraftsOfAsync(Demo.PoliceTirana), d => d.Form == DraftKinds.Keys.CaseRegistration);
        Assert.DoesNotContain(last, await police.GetPageAsync("/Cases/Register"));
    }

    [Fact]
    public async Task A_refused_form_keeps_its_draft_and_the_form_once_saved_deletes_it()
    {
        var last = Unique("Ruajtur");
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        await SavedAsync(police, DraftKinds.Keys.CaseRegistration, 0, Fields(("LastName", "Mbiemri", [last])));

        // Sent without a first name: the form comes back with what was typed, and what the form carried as typed (the
        // script adds it as the form is sent) becomes the draft, the last words too.
        var typed = Fields(("LastName", "Mbiemri", [last]), ("Address", "Adresa", ["Rruga e fundit"]));
        var refused = await police.SubmitAsync("/Cases/Register",
            [.. await CaseForms.ValidAsync(portal, first: "", last: last, overrides: [("Address", "Rruga e fundit")]), new(DraftAttribute.TypedField, typed)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains(last, page);
        // Shown again after a refusal, the form shows what was sent, not the draft; the draft's fields stay "typed".
        Assert.DoesNotContain("data-draft-restore", page);
        Assert.Contains("data-draft-names", page);
        var kept = Assert.Single(await DraftsOfAsync(Demo.PoliceTirana), d => d.Form == DraftKinds.Keys.CaseRegistration);
        Assert.Contains("Rruga e fundit", await police.GetPageAsync($"/Drafts/{kept.Id}"));

        var id = await CaseForms.RegisterAsync(portal, police, "Elona", last, overrides: [(DraftAttribute.TypedField, typed)]);
        Assert.DoesNotContain(await DraftsOfAsync(Demo.PoliceTirana), d => d.Form == DraftKinds.Keys.CaseRegistration);

        // The same for a case's edit: sent and saved, its draft goes; another case's draft stays.
        await SavedAsync(police, DraftKinds.Keys.CaseEdit, id, Fields(("Address", "Adresa", ["Rruga e Durrësit"])), baseVersion: 1);
        await SavedAsync(police, DraftKinds.Keys.CaseEdit, id + 100_000, Fields(("Address", "Adresa", ["Rruga tjetër"])));
        var version = PortalClient.Field(await police.GetPageAsync($"/Cases/{id}/Edit"), "Version");
        var edit = await CaseForms.ValidAsync(portal, "Elona", last, overrides: [("Version", version), ("Address", "Rruga e Durrësit")]);
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Edit", edit)).StatusCode);
        var left = await DraftsOfAsync(Demo.PoliceTirana);
        Assert.DoesNotContain(left, d => d.Form == DraftKinds.Keys.CaseEdit && d.RecordId == id);
        Assert.Contains(left, d => d.Form == DraftKinds.Keys.CaseEdit && d.RecordId == id + 100_000);
    }

    [Fact]
    public async Task A_draft_over_a_record_changed_since_says_so()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Besa", Unique("Ndryshuar"));
        var version = int.Parse(PortalClient.Field(await police.GetPageAsync($"/Cases/{id}/Edit"), "Version"), System.Globalization.CultureInfo.InvariantCulture);
        await SavedAsync(police, DraftKinds.Keys.CaseEdit, id, Fields(("Phone", "Telefoni", ["069 111 2222"])), baseVersion: version);
        Assert.DoesNotContain("Dikush e ka ndryshuar", await police.GetPageAsync($"/Cases/{id}/Edit"));

        await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, version + 1)));
        var page = await police.GetPageAsync($"/Cases/{id}/Edit");
        Assert.Contains("069 111 2222", page);
        Assert.Contains("Dikush e ka ndryshuar", page);
    }

    [Fact]
    public async Task A_draft_is_shown_for_14_days_after_it_was_last_saved_then_deleted()
    {
        var last = Unique("Vjeter");
        using (var police = await portal.SignedInClientAsync(Demo.PoliceTirana))
        {
            await SavedAsync(police, DraftKinds.Keys.CaseRegistration, 0, Fields(("LastName", "Mbiemri", [last])));
        }

        portal.Clock.Advance(TimeSpan.FromDays(13));
        using (var police = await portal.SignedInClientAsync(Demo.PoliceTirana))
        {
            Assert.Contains(last, await police.GetPageAsync("/Cases/Register"));
        }

        portal.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        using (var police = await portal.SignedInClientAsync(Demo.PoliceTirana))
        {
            Assert.DoesNotContain(last, await police.GetPageAsync("/Cases/Register"));
            Assert.DoesNotContain("Regjistrimi i një rasti", await police.GetPageAsync("/Drafts"));
        }

        // Left out of every read, and deleted by the sweep.
        Assert.Contains(await DraftsOfAsync(Demo.PoliceTirana), d => d.Form == DraftKinds.Keys.CaseRegistration);
        var deleted = await portal.WithScopeAsync(services => services.GetRequiredService<DraftStore.Handler>().DeleteExpiredAsync());
        Assert.True(deleted >= 1);
        Assert.DoesNotContain(await DraftsOfAsync(Demo.PoliceTirana), d => d.Form == DraftKinds.Keys.CaseRegistration);
    }

    [Fact]
    public async Task A_hostile_or_oversized_draft_is_refused_with_a_message_never_a_server_error()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var tooLong = Fields(("Disabilities", "Aftësitë e kufizuara", [new string('a', DraftStore.MaxChars)]));
        var response = await SaveAsync(police, DraftKinds.Keys.CaseRegistration, 0, tooLong);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("shumë i gjatë", await response.Content.ReadAsStringAsync());

        var unreadable = new[]
        {
            "{not json", "{\"n\":\"FirstName\"}", "[[[[[[[[[[[[[[[[[[[[\"x\"]]]]]]]]]]]]]]]]]]]]", "[null]", "[{\"n\":\"\",\"v\":[]}]",
            "[{\"n\":\"FirstName\",\"v\":null}]", "[{\"n\":\"FirstName\",\"v\":[null]}]", "[{\"n\":\"FirstName\",\"v\":[1]}]",
            "[{\"n\":\"A\",\"v\":[\"x\"],\"t\":[]}]", "[{\"n\":\"A\",\"v\":[\"x\"]},{\"n\":\"A\",\"v\":[\"y\"]}]",
            Fields(Enumerable.Range(0, DraftStore.MaxFields + 1).Select(i => ($"F{i}", "x", new[] { "y" })).ToArray()),
            Fields(("Countries", "Vendet", Enumerable.Repeat("AL", DraftStore.MaxValuesPerField + 1).ToArray())),
            Fields((new string('n', DraftStore.MaxNameLength + 1), "x", ["y"])),
        };
        foreach (var fields in unreadable)
        {
            response = await SaveAsync(police, DraftKinds.Keys.CaseRegistration, 0, fields);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{fields[..Math.Min(40, fields.Length)]}: {(int)response.StatusCode}");
            Assert.Equal("Drafti nuk mund të lexohej.", await response.Content.ReadAsStringAsync());
        }

        // A form that does not keep drafts, or a record the form does not take, is not there.
        var fine = Fields(("FirstName", "Emri", ["Ana"]));
        Assert.Equal(HttpStatusCode.NotFound, (await SaveAsync(police, "Users.Edit", 0, fine)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SaveAsync(police, DraftKinds.Keys.CaseEdit, 0, fine)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SaveAsync(police, DraftKinds.Keys.CaseRegistration, 7, fine)).StatusCode);

        // Not a form at all (JSON, with the token in its header): refused as unreadable.
        using (var json = new HttpRequestMessage(HttpMethod.Post, "/Drafts") { Content = new StringContent(fine, Encoding.UTF8, "application/json") })
        {
            json.Headers.Add("RequestVerificationToken", await police.TokenFromAsync("/Drafts"));
            json.Headers.Add("X-Requested-With", "XMLHttpRequest");
            response = await police.Http.SendAsync(json);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"JSON: {(int)response.StatusCode}");
        }

        // A value over the portal's bound for any form value is refused before anything reads it: the portal's own 400 page.
        response = await SaveAsync(police, DraftKinds.Keys.CaseRegistration, 0, new string('ë', 300_000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await DraftsOfAsync(Demo.PoliceTirana), d => d.Form == DraftKinds.Keys.CaseRegistration && d.RecordId != 0);
    }

    [Fact]
    public async Task One_person_keeps_at_most_fifty_drafts_and_is_told_when_a_further_one_is_not_kept()
    {
        var email = $"drafte-{Guid.NewGuid():N}@antitrafik.test";
        using var admin = await portal.SignedInClientAsync(Demo.Admin);
        await Users.CreateWithPasswordAsync(portal, admin, email, "Kalaja-Rozafes!77");
        using var person = portal.CreatePortalClient();
        await person.SignInAsExpectedAsync(email, "Kalaja-Rozafes!77");
        var fields = Fields(("Reasons", "Arsyet", ["..."]));
        for (var record = 1; record <= Draft.MaxPerOwner; record++)
        {
            await SavedAsync(person, DraftKinds.Keys.CaseEdit, record, fields);
        }

        var refused = await SaveAsync(person, DraftKinds.Keys.CaseEdit, Draft.MaxPerOwner + 1, fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"Keni tashmë {Draft.MaxPerOwner} drafte", await refused.Content.ReadAsStringAsync());
        // Saving one kept already still works.
        await SavedAsync(person, DraftKinds.Keys.CaseEdit, 1, Fields(("Reasons", "Arsyet", ["më shumë"])));
    }

    [Fact]
    public async Task A_form_sent_after_the_session_ended_leads_to_sign_in_and_back_to_its_page_filled_from_the_draft()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var meeting = await MeetingForms.ScheduledAsync(portal, secretary, Unique("Takim drafti "));
        var minutes = Unique("Procesverbal i shkruar ");
        await SavedAsync(secretary, DraftKinds.Keys.Minutes, meeting, Fields(("Items[0].Minutes", "Procesverbali", [minutes])), await MeetingForms.VersionAsync(portal, meeting));

        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        var token = await secretary.TokenFromAsync("/Account/Login");
        var sent = await secretary.Http.PostAsync($"/Meetings/{meeting}/Minutes",
            new FormUrlEncodedContent([new("Items[0].Minutes", minutes), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        // The minutes are sent to /Meetings/{id}/Minutes, which has no page: the way back is the meeting's page.
        var login = sent.Headers.Location!.OriginalString;
        Assert.Equal($"/Account/Login?ReturnUrl=%2FMeetings%2F{meeting}", login);

        var signedIn = await secretary.SubmitAsync(login, "/Account/Login",
            [new("Email", Demo.Secretary), new("Password", DemoSeeder.Password), new("ReturnUrl", $"/Meetings/{meeting}")]);
        Assert.Equal($"/Meetings/{meeting}", signedIn.Headers.Location!.OriginalString);
        Assert.Contains(minutes, await secretary.GetPageAsync($"/Meetings/{meeting}"));

        // The same for a registration and an assessment: back to the form's own page.
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Kthim", Unique("Pas"));
        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        token = await police.TokenFromAsync("/Account/Login");
        foreach (var (url, back) in new[] { ("/Cases/Register", "/Cases/Register"), ($"/Cases/{caseId}/Assess/Police", $"/Cases/{caseId}/Assess/Police"), ($"/Cases/{caseId}/Edit", $"/Cases/{caseId}/Edit") })
        {
            var response = await police.Http.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            Assert.Equal("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(back), response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Saving_a_draft_keeps_the_session_alive_as_the_person_types()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        // Typing for longer than 30 minutes: the drafts saved meanwhile keep the session open.
        portal.Clock.Advance(TimeSpan.FromMinutes(20));
        await SavedAsync(police, DraftKinds.Keys.CaseRegistration, 0, Fields(("LastName", "Mbiemri", [Unique("Gjalle")])));
        portal.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync("/Drafts")).StatusCode);

        // Without typing, the session ends as before, and the script is answered 401, not sent to a page.
        var token = await police.TokenFromAsync("/Drafts");
        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        var ended = await SaveAsync(police, DraftKinds.Keys.CaseRegistration, 0, Fields(("LastName", "Mbiemri", ["x"])), token: token);
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
    }

    [Fact]
    public async Task Refused_assessments_bulletin_texts_and_forbidden_edits_come_back_with_what_was_typed()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Vlera", Unique("Mbetur"));

        // An assessment without a finding: the reasons typed are on the page again.
        var reasons = Unique("Arsyet e shkruara ");
        var refused = await police.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Assess/Police", [new("Reasons", reasons)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(reasons, await refused.Content.ReadAsStringAsync());

        // The social service sees the case but may not edit it: refused, it is told its typing is kept in its drafts.
        using var social = await portal.SignedInClientAsync(Demo.SocialServiceTirana);
        var forbidden = await social.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Edit", await CaseForms.ValidAsync(portal, "Vlera", "Tjeter"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("Ajo që shkruat në formular ruhet te draftet tuaja.", await forbidden.Content.ReadAsStringAsync());

        // A bulletin's texts saved over someone else's change: the page comes back with the texts as typed and why.
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var number = await portal.WithDbAsync(db => db.Bulletins.MaxAsync(b => (int?)b.Number)) ?? 0;
        var created = await coordinator.SubmitAsync("/Bulletins/New",
            [new("Number", (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("PeriodFrom", "2026-01-01"), new("PeriodTo", "2026-01-31")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var bulletin = created.Headers.Location!.OriginalString;
        var version = PortalClient.Field(await coordinator.GetPageAsync(bulletin), "Version");
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(bulletin, bulletin + "/Edit", [new("Introduction", "E para"), new("Version", version)])).StatusCode);
        var introduction = Unique("Hyrja e humbur ");
        var stale = await coordinator.SubmitAsync(bulletin, bulletin + "/Edit", [new("Introduction", introduction), new("Version", version)]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains(introduction, page);
        Assert.Contains("Dikush tjetër e ndryshoi", page);
    }
}
