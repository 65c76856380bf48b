using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

public sealed class CaseRegistryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..6].ToLowerInvariant();

    [Fact]
    public async Task A_police_caseworker_registers_a_potential_victim_with_a_readable_number_and_finds_it()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var last = Unique("Kodra");

        var id = await CaseForms.RegisterAsync(portal, police, "Besa", last);

        var page = await police.GetPageAsync($"/Cases/{id}");
        var number = Regex.Match(page, @"AT-\d{4}-\d{5}").Value;
        Assert.Matches(@"^AT-2026-\d{5}$", number);
        Assert.Contains($"Besa {last}", page);
        Assert.Contains("Viktimë e mundshme (VMT)", page);
        Assert.Contains(number, await police.GetPageAsync($"/Cases?Number={number}"));
        Assert.Contains($"Besa {last}", await police.GetPageAsync("/Cases"));
    }

    [Fact]
    public async Task Case_numbers_are_unique_and_never_reused()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceVlora);

        var first = await CaseForms.RegisterAsync(portal, police, "Iva", Unique("N"), "DVP-VLORE", "SHSSH-VLORE");
        var second = await CaseForms.RegisterAsync(portal, police, "Iva", Unique("N"), "DVP-VLORE", "SHSSH-VLORE");

        var numbers = await portal.WithDbAsync(db => db.Cases.Select(c => c.Number).ToListAsync());
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        var (a, b) = await portal.WithDbAsync(async db => (
            await db.Cases.Where(c => c.Id == first).Select(c => c.Number).SingleAsync(),
            await db.Cases.Where(c => c.Id == second).Select(c => c.Number).SingleAsync()));
        Assert.Equal(int.Parse(a[^5..]) + 1, int.Parse(b[^5..]));
    }

    [Fact]
    public async Task Another_agencys_case_is_a_404_by_address_and_by_post_and_absent_from_lists_and_search()
    {
        using var tirana = portal.CreatePortalClient();
        await tirana.SignInAsExpectedAsync(Demo.PoliceTirana);
        var last = Unique("Fshehur");
        var id = await CaseForms.RegisterAsync(portal, tirana, "Arta", last);
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync());
        using var vlora = portal.CreatePortalClient();
        await vlora.SignInAsExpectedAsync(Demo.PoliceVlora);

        Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Cases/{id}/Edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.SubmitAsync("/Cases", $"/Cases/{id}/Notes", [new("Text", "prying")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.SubmitAsync("/Cases", $"/Cases/{id}/Edit", await CaseForms.ValidAsync(portal, "X", "Y"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.SubmitAsync("/Cases", $"/Cases/{id}/Edit", [new("FirstName", "")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.SubmitAsync("/Cases", $"/Cases/{id}/Close", [new("Reason", "LostContact")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.SubmitAsync("/Cases", $"/Cases/{id}/Assess/Police", [new("Finding", "Victim"), new("Reasons", "x")])).StatusCode);

        var search = await vlora.GetPageAsync($"/Cases?Number={number}&State=All");
        Assert.DoesNotContain($"/Cases/{id}\"", search);
        Assert.Contains("0 regjistrime", search);
        Assert.DoesNotContain(last, await vlora.GetPageAsync("/Cases?State=All"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.CaseEvents.CountAsync(e => e.CaseId == id && e.Kind == CaseEventKind.Note)));
    }

    [Fact]
    public async Task The_coordinators_list_and_case_page_hold_no_names()
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);

        var list = await coordinator.GetPageAsync("/Cases?State=All");
        var caseId = await portal.WithDbAsync(db => db.Cases.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var details = await coordinator.GetPageAsync($"/Cases/{caseId}");

        foreach (var name in new[] { "Elira", "Marku", "Klodian", "Hysa", "Mirjeta", "Doko", "J75405123A" })
        {
            Assert.DoesNotContain(name, list);
            Assert.DoesNotContain(name, details);
        }

        Assert.Contains("E.M.", list);
        Assert.Contains("persona", list);
        Assert.Contains("reveal-form", details);
    }

    [Fact]
    public async Task A_reveal_without_a_reason_is_refused_and_with_one_is_shown_once_and_audited()
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        var caseId = await portal.WithDbAsync(db => db.Cases.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

        var refused = await coordinator.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Reveal", [new("Reason", "  ")]);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Fusha „Arsyeja” është e detyrueshme.", refusedHtml);
        Assert.DoesNotContain("Marku", refusedHtml);

        var revealed = await coordinator.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Reveal", [new("Reason", "GRETA report check")]);
        var html = await revealed.Content.ReadAsStringAsync();
        Assert.Contains("Elira Marku", html);
        Assert.Contains("J75405123A", html);

        Assert.DoesNotContain("Elira Marku", await coordinator.GetPageAsync($"/Cases/{caseId}"));
        var coordinatorId = await Users.IdOfAsync(portal, Demo.Coordinator);
        Assert.True(await portal.WithDbAsync(db => db.AuditTrail.AnyAsync(a =>
            a.Action == AuditAction.RevealIdentity && a.EntityId == caseId.ToString() && a.UserId == coordinatorId && a.Role == "Coordinator")));
        Assert.True(await portal.WithDbAsync(db => db.CaseEvents.AnyAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.IdentityRevealed)));
    }

    [Fact]
    public async Task Administrators_and_meeting_secretaries_see_no_case_data()
    {
        foreach (var email in new[] { Demo.Admin, Demo.Secretary })
        {
            using var client = portal.CreatePortalClient();
            await client.SignInAsExpectedAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Cases")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Cases/1")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Audit")).StatusCode);
        }
    }

    [Fact]
    public async Task The_database_file_holds_none_of_the_names_or_identifiers_in_plain_text()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        await CaseForms.RegisterAsync(portal, police, "Zamira", "Plaintextova",
            overrides: [("PersonalNumber", "K99887766Z"), ("Phone", "+355 69 123 4567"), ("Address", "Rruga e Kavajës 77")]);
        var id = await portal.WithDbAsync(db => db.Cases.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Notes", [new("Text", "Met Zamira at the bus station")]);

        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);"));
        SqliteConnection.ClearAllPools();
        var bytes = new List<byte>();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(portal.DatabasePath)!, "portal.db*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            bytes.AddRange(memory.ToArray());
        }

        var content = Encoding.UTF8.GetString(bytes.ToArray());
        foreach (var secret in new[] { "Zamira", "Plaintextova", "K99887766Z", "123 4567", "Kavajës", "bus station", "Elira", "Klodian", "J75405123A" })
        {
            Assert.DoesNotContain(secret, content);
        }
    }

    [Fact]
    public async Task The_duplicate_warning_says_only_that_a_match_exists_is_audited_and_reaches_the_coordinators_queue()
    {
        using var shelter = portal.CreatePortalClient();
        await shelter.SignInAsExpectedAsync(Demo.ShelterTdb);
        var policeCase = await portal.WithDbAsync(db => db.Cases.Where(c => c.LeadAgency.Code == "DVP-VLORE").OrderBy(c => c.Id).Select(c => new { c.Id, c.Number }).FirstAsync());

        var id = await CaseForms.RegisterAsync(portal, shelter, "ARJOLA", "mëta", overrides: [("EstimatedAge", "23"), ("IdentifiedOn", "2026-10-20")]);
        var page = await shelter.GetPageAsync($"/Cases/{id}");
        await shelter.GetPageAsync($"/Cases/{id}");

        Assert.Contains("data-testid=\"match-elsewhere\"", page);
        Assert.Contains("Zyra e Koordinatorit është njoftuar", page);
        // Neither where the other record is held nor which it is.
        var at = page.IndexOf("data-testid=\"possible-duplicates\"", StringComparison.Ordinal);
        var warning = page[at..page.IndexOf("</section>", at, StringComparison.Ordinal)];
        Assert.DoesNotContain("Vlor", warning);
        Assert.DoesNotContain(policeCase.Number, page);
        Assert.DoesNotContain($"/Cases/{policeCase.Id}\"", page);
        // Recorded once for this reader and case, however often the page is opened.
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditTrail.CountAsync(a => a.Action == AuditAction.DuplicateWarning && a.EntityId == key)));

        // The coordinator's office has the pair in its work queue.
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync());
        var home = await coordinator.GetPageAsync("/");
        Assert.Contains(home.Split("</li>"), row => row.Contains("data-kind=\"PossibleDuplicate\"", StringComparison.Ordinal) && row.Contains(number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_coordinator_links_two_records_so_national_counts_count_one_person()
    {
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        var duplicates = await coordinator.GetPageAsync("/Cases/Duplicates");
        Assert.Contains("duplicates-table", duplicates);
        var pair = await portal.WithDbAsync(db => db.Cases.Where(c => c.Initials == "E.M." && c.LeadAgency.Code != "DVP-TIRANE")
            .Select(c => c.Id).FirstAsync());
        var first = await portal.WithDbAsync(db => db.Cases.Where(c => c.Initials == "E.M." && c.LeadAgency.Code == "DVP-TIRANE").Select(c => c.Id).FirstAsync());
        var peopleBefore = await portal.WithDbAsync(db => db.Cases.Select(c => c.PersonKey).Distinct().CountAsync());

        var response = await coordinator.SubmitAsync("/Cases/Duplicates", "/Cases/Link", [new("caseId", first.ToString()), new("otherId", pair.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(peopleBefore - 1, await portal.WithDbAsync(db => db.Cases.Select(c => c.PersonKey).Distinct().CountAsync()));
        Assert.True(await portal.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.Action == AuditAction.Link)));
    }

    [Fact]
    public async Task Police_and_social_service_identify_a_victim_jointly_and_neither_can_sign_for_the_other()
    {
        using var police = portal.CreatePortalClient();
        using var social = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        await social.SignInAsExpectedAsync(Demo.SocialServiceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Drita", Unique("Joint"));

        var wrongSide = await social.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Assess/Police", [new("Finding", "Victim"), new("Reasons", "not mine")]);
        Assert.Equal(HttpStatusCode.Forbidden, wrongSide.StatusCode);

        var noReason = await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Assess/Police", [new("Finding", "Victim"), new("Reasons", "")]);
        Assert.Contains("Fusha „Arsyet” është e detyrueshme.", await noReason.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Assess/Police", [new("Finding", "Victim"), new("Reasons", "Indicators present")])).StatusCode);
        Assert.Contains("Viktimë e mundshme (VMT)", await social.GetPageAsync($"/Cases/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await social.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Assess/SocialService", [new("Finding", "Victim"), new("Reasons", "Consistent account")])).StatusCode);

        var page = await police.GetPageAsync($"/Cases/{id}/Identification");
        Assert.Contains("Viktimë e trafikimit (VT)", page);
        Assert.Contains("Consistent account", page);
        Assert.Equal(CaseStatus.OfficialVictim, await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));

        var reconsider = await social.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Reconsider", [new("Reason", "New evidence")]);
        Assert.Equal(HttpStatusCode.Redirect, reconsider.StatusCode);
        Assert.Equal((CaseStatus.PotentialVictim, 2), await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => ValueTuple.Create(c.Status, c.IdentificationRound)).SingleAsync()));
    }

    [Fact]
    public async Task A_case_is_closed_with_a_reason_and_reopened_only_by_the_lead_agency()
    {
        using var police = portal.CreatePortalClient();
        using var social = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        await social.SignInAsExpectedAsync(Demo.SocialServiceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Lule", Unique("Close"));

        Assert.Equal(HttpStatusCode.Forbidden, (await social.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Close", [new("Reason", "LostContact")])).StatusCode);
        var other = await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Close", [new("Reason", "Other"), new("Note", "")]);
        Assert.Contains("Shpjegoni pse", await other.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Close", [new("Reason", "Reintegrated")])).StatusCode);
        Assert.Contains("I riintegruar", await police.GetPageAsync($"/Cases/{id}"));
        Assert.DoesNotContain($"/Cases/{id}\"", await police.GetPageAsync("/Cases"));

        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Reopen", [new("Reason", "Came back for help")])).StatusCode);
        Assert.Null(await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.ClosedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_second_user_saving_an_outdated_case_gets_a_conflict_and_loses_nothing()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Teuta", Unique("Conflict"));
        var version = PortalClient.Field(await police.GetPageAsync($"/Cases/{id}/Edit"), "Version");

        var first = await police.SubmitAsync($"/Cases/{id}/Edit", await CaseForms.ValidAsync(portal, "Teuta", "First", overrides: [("Version", version), ("Languages", "shqip")]));
        var second = await police.SubmitAsync($"/Cases/{id}/Edit", await CaseForms.ValidAsync(portal, "Teuta", "Second", overrides: [("Version", version), ("Languages", "italisht")]));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Dikush tjetër e ndryshoi këtë regjistrim", html);
        Assert.Equal("Second", PortalClient.Field(html, "LastName"));
        Assert.Equal("italisht", PortalClient.Field(html, "Languages"));
        Assert.Equal("shqip", await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Languages).SingleAsync()));
        Assert.True(await portal.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.Action == AuditAction.Update && a.EntityId == id.ToString() && a.Fields!.Contains("Identity") && a.Fields.Contains("Languages"))));
    }

    [Fact]
    public async Task An_invalid_registration_explains_each_problem_in_Albanian_and_keeps_what_was_typed()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var before = await portal.WithDbAsync(db => db.Cases.CountAsync());

        var response = await police.SubmitAsync("/Cases/Register",
        [
            new("FirstName", "<script>alert(1)</script>"), new("LastName", ""), new("Sex", "Female"), new("EstimatedAge", "abc"),
            new("Citizenship", "ZZ"), new("IdentifiedOn", "2099-01-01"), new("Channel", "Police"), new("Forms", "Bogus"),
            new("ConsentGivenBy", "Person"), new("UnaccompaniedChild", "true"),
        ]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fusha „Mbiemri” është e detyrueshme.", html);
        Assert.Contains("Vlera nuk është e vlefshme për „Mosha e vlerësuar”.", html);
        Assert.Contains("Zgjidhni një shtet nga lista.", html);
        Assert.Contains("Data nuk mund të jetë në të ardhmen.", html);
        Assert.Contains("Fusha „Policia për intervistën e përbashkët” është e detyrueshme.", html);
        Assert.DoesNotContain("Zgjidhni një institucion policie aktiv.", html);
        Assert.Equal("<script>alert(1)</script>", PortalClient.Field(html, "FirstName"));
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Equal(before, await portal.WithDbAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task Hostile_text_in_a_case_is_stored_as_typed_and_shown_harmlessly()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "<img src=x onerror=alert(1)>", Unique("Safe"));
        await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Notes", [new("Text", "<script>steal()</script>")]);

        // The name is in the header of every section; the note on the timeline.
        var page = await police.GetPageAsync($"/Cases/{id}/Timeline");

        Assert.Contains("&lt;img src=x", page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.DoesNotContain("<script>steal()", page);
        Assert.Contains("&lt;script&gt;steal()&lt;/script&gt;", page);
    }

    [Fact]
    public async Task Every_look_at_a_case_is_in_the_audit_trail_with_who_and_from_where()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Sara", Unique("Audit"));

        await police.GetPageAsync($"/Cases/{id}");

        var policeId = await Users.IdOfAsync(portal, Demo.PoliceTirana);
        var entries = await portal.WithDbAsync(db => db.AuditTrail.Where(a => a.EntityType == "Case" && a.EntityId == id.ToString()).ToListAsync());
        Assert.Contains(entries, e => e.Action == AuditAction.Create && e.UserId == policeId);
        var view = Assert.Single(entries, e => e.Action == AuditAction.View);
        Assert.Equal(policeId, view.UserId);
        Assert.Equal(await Users.AgencyIdAsync(portal, "DVP-TIRANE"), view.AgencyId);
        Assert.Equal("Caseworker", view.Role);
        Assert.True(await portal.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.Action == AuditAction.SignInSucceeded && a.UserId == policeId)));
        Assert.DoesNotContain(entries, e => (e.Fields ?? "").Contains("Sara"));
    }

    [Fact]
    public async Task The_edit_form_and_the_case_page_shown_again_after_a_refused_change_are_looks_at_the_case_too()
    {
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Dita", Unique("Audit"));
        Task<int> ViewsAsync() => portal.WithDbAsync(db => db.AuditTrail.CountAsync(a => a.EntityType == "Case" && a.EntityId == id.ToString() && a.Action == AuditAction.View));
        var before = await ViewsAsync();

        Assert.Contains("Dita", await police.GetPageAsync($"/Cases/{id}/Edit"));
        Assert.Equal(before + 1, await ViewsAsync());

        // An empty note is refused: the case page comes back with the message, and that showing is recorded too.
        var refused = await police.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Notes", [new("Text", "")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Dita", await refused.Content.ReadAsStringAsync());
        // Loading the form for its token was a view (+1), and so was the page shown again (+1).
        Assert.Equal(before + 3, await ViewsAsync());
    }
}

/// <summary>Tampering needs a database of its own: it breaks the chain for everything after it.</summary>
public sealed class AuditTamperingTests
{
    [Fact]
    public async Task Verify_reports_an_intact_chain_and_then_where_a_changed_row_breaks_it()
    {
        await using var portal = new PortalFactory();
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);

        var intact = await coordinator.SubmitAsync("/Audit", "/Audit/Verify", []);
        Assert.Contains("Gjurma e auditimit është e paprekur", await intact.Content.ReadAsStringAsync());

        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditTrail SET Fields = 'nothing to see' WHERE Id = 3"));
        var broken = await coordinator.SubmitAsync("/Audit", "/Audit/Verify", []);
        Assert.Contains("zinxhiri prishet te regjistrimi 3.", await broken.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_deleted_row_is_found_too_and_no_code_path_may_change_an_entry()
    {
        await using var portal = new PortalFactory();
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);

        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditTrail WHERE Id = 5"));
        var broken = await coordinator.SubmitAsync("/Audit", "/Audit/Verify", []);
        Assert.Contains("zinxhiri prishet te regjistrimi 5.", await broken.Content.ReadAsStringAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => portal.WithDbAsync(async db =>
        {
            var entry = await db.AuditTrail.FirstAsync();
            entry.Fields = "rewritten";
            return await db.SaveChangesAsync();
        }));
    }
}
