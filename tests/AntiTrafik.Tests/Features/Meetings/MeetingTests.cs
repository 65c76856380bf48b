using System.Net;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Meetings;

public sealed class MeetingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(email);
        return client;
    }

    [Fact]
    public async Task Minutes_move_from_planned_to_approved_one_step_at_a_time()
    {
        using var secretary = await SignedInAsync(Demo.Secretary);
        var id = await MeetingForms.ScheduledAsync(portal, secretary, Unique("Takim MKR"));

        var skip = await MeetingForms.MoveAsync(portal, secretary, id, "Approved");
        Assert.Equal(HttpStatusCode.OK, skip.StatusCode);
        Assert.Contains("Ky hap nuk është i mundur në gjendjen aktuale të takimit.", await skip.Content.ReadAsStringAsync());

        await MeetingForms.ApproveAsync(portal, secretary, id);
        Assert.Equal(MeetingState.Approved, await portal.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.State).SingleAsync()));
        Assert.Contains("Procesverbali i miratuar", await secretary.GetPageAsync($"/Meetings/{id}"));
    }

    [Fact]
    public async Task Approved_minutes_are_locked_and_a_correction_is_an_amendment_with_its_reason()
    {
        using var secretary = await SignedInAsync(Demo.Secretary);
        var id = await MeetingForms.ScheduledAsync(portal, secretary, Unique("Takim i kyçur"));
        var itemId = await portal.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).SelectMany(m => m.Agenda).OrderBy(a => a.Order).Select(a => a.Id).FirstAsync());
        await secretary.SubmitAsync($"/Meetings/{id}", $"/Meetings/{id}/Minutes",
            [new("Items[0].Id", itemId.ToString()), new("Items[0].Title", "Hapja"), new("Items[0].Minutes", "U hap takimi."), new("Version", (await MeetingForms.VersionAsync(portal, id)).ToString())]);
        await MeetingForms.ApproveAsync(portal, secretary, id);

        var refused = await secretary.SubmitAsync($"/Meetings/{id}", $"/Meetings/{id}/Minutes",
            [new("Items[0].Id", itemId.ToString()), new("Items[0].Title", "Hapja"), new("Items[0].Minutes", "Teksti i korrigjuar"), new("Version", (await MeetingForms.VersionAsync(portal, id)).ToString())]);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Procesverbali është miratuar dhe është i kyçur. Për ta korrigjuar, jepni arsyen e ndryshimit.", html);
        Assert.Contains("Teksti i korrigjuar</textarea>", html);
        Assert.Equal("U hap takimi.", await portal.WithDbAsync(db => db.Set<AgendaItem>().Where(a => a.Id == itemId).Select(a => a.Minutes).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await MeetingForms.AddActionAsync(portal, secretary, id, "Veprim pas miratimit", "SHSSH")).StatusCode);

        var amended = await secretary.SubmitAsync($"/Meetings/{id}", $"/Meetings/{id}/Minutes",
        [
            new("Items[0].Id", itemId.ToString()), new("Items[0].Title", "Hapja"), new("Items[0].Minutes", "Teksti i korrigjuar"),
            new("AmendmentReason", "Gabim shtypi në procesverbal"), new("Version", (await MeetingForms.VersionAsync(portal, id)).ToString()),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        Assert.Equal("Teksti i korrigjuar", await portal.WithDbAsync(db => db.Set<AgendaItem>().Where(a => a.Id == itemId).Select(a => a.Minutes).SingleAsync()));
        Assert.Equal(MeetingState.Approved, await portal.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.State).SingleAsync()));
        var page = await secretary.GetPageAsync($"/Meetings/{id}");
        Assert.Contains("Gabim shtypi në procesverbal", page);
        Assert.Contains("data-testid=\"amendments\"", page);
    }

    [Fact]
    public async Task Open_actions_follow_the_body_to_its_next_meeting_and_not_elsewhere()
    {
        using var secretary = await SignedInAsync(Demo.Secretary);
        var county = "Berat";
        var first = await MeetingForms.ScheduledAsync(portal, secretary, Unique("KRA Berat 1"), "RegionalCommittee", "2031-03-01T10:00", county);
        var action = "Hartoni listën e strehëzave " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingForms.AddActionAsync(portal, secretary, first, action, "SHSSH-BERAT", "2031-03-20")).StatusCode);
        var next = await MeetingForms.ScheduledAsync(portal, secretary, Unique("KRA Berat 2"), "RegionalCommittee", "2031-04-01T10:00", county);
        var otherCounty = await MeetingForms.ScheduledAsync(portal, secretary, Unique("KRA Fier"), "RegionalCommittee", "2031-04-01T10:00", "Fier");
        var earlier = await MeetingForms.ScheduledAsync(portal, secretary, Unique("KRA Berat 0"), "RegionalCommittee", "2031-01-01T10:00", county);

        Assert.Contains(action, await secretary.GetPageAsync($"/Meetings/{next}"));
        Assert.DoesNotContain(action, await secretary.GetPageAsync($"/Meetings/{otherCounty}"));
        Assert.DoesNotContain(action, await secretary.GetPageAsync($"/Meetings/{earlier}"));

        var actionId = await portal.WithDbAsync(db => db.ActionItems.Where(a => a.Description == action).Select(a => new { a.Id, a.Version }).SingleAsync());
        await secretary.SubmitAsync("/Meetings/Actions", $"/Meetings/Actions/{actionId.Id}", [new("State", "Done"), new("Note", "U krye"), new("Version", actionId.Version.ToString())]);
        Assert.DoesNotContain(action, await secretary.GetPageAsync($"/Meetings/{next}"));
    }

    [Fact]
    public async Task Follow_ups_come_only_from_earlier_meetings_the_reader_may_see()
    {
        using var secretary = await SignedInAsync(Demo.Secretary);
        var earlier = await MeetingForms.ScheduledAsync(portal, secretary, Unique("AP Gjirokastër 1"), "ResponsibleAuthority", "2032-03-01T10:00", "Gjirokastër", agencies: ["DVP-TIRANE"]);
        var action = "Vendosni viktimën në strehëz " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingForms.AddActionAsync(portal, secretary, earlier, action, "DVP-TIRANE", "2032-03-20")).StatusCode);
        var later = await MeetingForms.ScheduledAsync(portal, secretary, Unique("AP Gjirokastër 2"), "ResponsibleAuthority", "2032-04-01T10:00", "Gjirokastër", agencies: ["DVP-TIRANE", "DVP-VLORE"]);
        using var tirana = await SignedInAsync(Demo.PoliceTirana);
        using var vlora = await SignedInAsync(Demo.PoliceVlora);

        Assert.Contains(action, await tirana.GetPageAsync($"/Meetings/{later}"));
        Assert.Contains(action, await secretary.GetPageAsync($"/Meetings/{later}"));
        var page = await vlora.GetPageAsync($"/Meetings/{later}");
        Assert.DoesNotContain(action, page);
        Assert.DoesNotContain("AP Gjirokastër 1", page);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Meetings/{earlier}")).StatusCode);
    }

    [Fact]
    public async Task Responsible_Authority_decisions_on_cases_are_seen_only_by_those_who_may_see_the_case()
    {
        using var police = await SignedInAsync(Demo.PoliceTirana);
        var caseId = await CaseForms.RegisterAsync(portal, police, "Blerta", "Vendim" + Guid.NewGuid().ToString("N")[..5]);
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync());
        using var secretary = await SignedInAsync(Demo.Secretary);
        var meeting = await MeetingForms.ScheduledAsync(portal, secretary, Unique("Autoriteti Përgjegjës"), "ResponsibleAuthority", agencies: ["DVP-TIRANE", "DVP-VLORE"]);

        var link = await secretary.SubmitAsync($"/Meetings/{meeting}", $"/Meetings/{meeting}/Cases", [new("CaseNumber", number), new("Decision", "Referohet në strehëz")]);
        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Contains("Asnjë rast nuk ka këtë numër.", await (await secretary.SubmitAsync($"/Meetings/{meeting}", $"/Meetings/{meeting}/Cases", [new("CaseNumber", "AT-1999-99999"), new("Decision", "x")])).Content.ReadAsStringAsync());

        using var coordinator = await SignedInAsync(Demo.Coordinator);
        using var vlora = await SignedInAsync(Demo.PoliceVlora);
        Assert.Contains("Referohet në strehëz", await police.GetPageAsync($"/Meetings/{meeting}"));
        Assert.Contains("Referohet në strehëz", await coordinator.GetPageAsync($"/Meetings/{meeting}"));
        foreach (var reader in new[] { vlora, secretary })
        {
            var page = await reader.GetPageAsync($"/Meetings/{meeting}");
            Assert.Contains(number, page);
            Assert.DoesNotContain("Referohet në strehëz", page);
            Assert.DoesNotContain("Blerta", page);
        }

        Assert.Contains(number, await (await vlora.GetAsync($"/Meetings/{meeting}/Print")).Content.ReadAsStringAsync());
        Assert.DoesNotContain("strehëz", await portal.WithDbAsync(db => db.MeetingCaseLinks.Where(l => l.MeetingId == meeting).Select(l => l.ProtectedDecision).SingleAsync()));
    }

    [Fact]
    public async Task An_MKR_meeting_is_seen_by_everyone_and_other_meetings_only_by_their_agencies()
    {
        using var secretary = await SignedInAsync(Demo.Secretary);
        var mkr = await MeetingForms.ScheduledAsync(portal, secretary, Unique("MKR për të gjithë"));
        var table = await MeetingForms.ScheduledAsync(portal, secretary, Unique("Tryeza Teknike Vlorë"), "TechnicalTable", countyName: "Vlorë", agencies: ["DVP-VLORE", "SHSSH-VLORE"]);
        using var vlora = await SignedInAsync(Demo.PoliceVlora);
        using var tirana = await SignedInAsync(Demo.PoliceTirana);
        using var admin = await SignedInAsync(Demo.Admin);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/Meetings/{mkr}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tirana.GetAsync($"/Meetings/{mkr}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await vlora.GetAsync($"/Meetings/{table}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tirana.GetAsync($"/Meetings/{table}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tirana.GetAsync($"/Meetings/{table}/ics")).StatusCode);
        Assert.DoesNotContain($"/Meetings/{table}\"", await tirana.GetPageAsync("/Meetings"));
    }

    [Fact]
    public async Task Only_the_coordinator_and_secretaries_schedule_and_write_minutes()
    {
        using var caseworker = await SignedInAsync(Demo.ShelterTdb);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/Meetings/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MeetingForms.ScheduleAsync(portal, caseworker, "Jo")).StatusCode);
        var mkr = await portal.WithDbAsync(db => db.Meetings.Where(m => m.Kind == MeetingKind.Mkr).Select(m => m.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.SubmitAsync($"/Meetings/{mkr}", $"/Meetings/{mkr}/Minutes", [new("Items[0].Title", "x"), new("Version", "1")])).StatusCode);

        using var coordinator = await SignedInAsync(Demo.Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await MeetingForms.ScheduleAsync(portal, coordinator, Unique("Nga koordinatori"))).StatusCode);
    }

    [Fact]
    public async Task A_bad_meeting_form_is_explained_in_Albanian_and_keeps_what_was_typed()
    {
        using var secretary = await SignedInAsync(Demo.Secretary);

        var response = await secretary.SubmitAsync("/Meetings/New",
            [new("Title", ""), new("Kind", "RegionalCommittee"), new("StartsAt", "not a date"), new("Venue", "Salla <b>A</b>"), new("HeadCount", "-3")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fusha „Titulli” është e detyrueshme.", html);
        Assert.Contains("Vlera nuk është e vlefshme për „Data dhe ora”.", html);
        Assert.Contains("Një komitet rajonal ose tryezë teknike mblidhet në një qark: zgjidhni qarkun.", html);
        Assert.Contains("„Numri i të pranishmëve” duhet të jetë nga 0 deri në 5000.", html);
        Assert.Equal("Salla <b>A</b>", PortalClient.Field(html, "Venue"));
    }

    [Fact]
    public async Task A_planned_meeting_downloads_as_an_iCalendar_event()
    {
        using var secretary = await SignedInAsync(Demo.Secretary);
        var title = Unique("Takim, me; presje");
        var id = await MeetingForms.ScheduledAsync(portal, secretary, title, startsAt: "2030-06-03T10:00");

        var response = await secretary.GetAsync($"/Meetings/{id}/ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VEVENT", ics);
        Assert.Contains("DTSTART:20300603T080000Z", ics);
        Assert.Contains("SUMMARY:" + title.Replace(",", "\\,").Replace(";", "\\;"), ics);
    }

    [Fact]
    public async Task An_agency_updates_only_its_own_actions()
    {
        using var secretary = await SignedInAsync(Demo.Secretary);
        var id = await MeetingForms.ScheduledAsync(portal, secretary, Unique("Takim veprimesh"));
        var description = "Raportoni numrin e rasteve " + Guid.NewGuid().ToString("N")[..6];
        await MeetingForms.AddActionAsync(portal, secretary, id, description, "SHSSH-TIRANE", "2020-01-01");
        var action = await portal.WithDbAsync(db => db.ActionItems.Where(a => a.Description == description).Select(a => new { a.Id, a.Version }).SingleAsync());

        using var vlora = await SignedInAsync(Demo.PoliceVlora);
        Assert.DoesNotContain(description, await vlora.GetPageAsync("/Meetings/Actions"));
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.SubmitAsync("/Meetings/Actions", $"/Meetings/Actions/{action.Id}", [new("State", "Done"), new("Version", action.Version.ToString())])).StatusCode);

        using var social = await SignedInAsync(Demo.SocialServiceTirana);
        var mine = await social.GetPageAsync("/Meetings/Actions");
        Assert.Contains(description, mine);
        Assert.Contains("Me afat të kaluar", mine);
        Assert.Equal(HttpStatusCode.Redirect, (await social.SubmitAsync("/Meetings/Actions", $"/Meetings/Actions/{action.Id}", [new("State", "Done"), new("Note", "Raporti u dërgua"), new("Version", action.Version.ToString())])).StatusCode);
        Assert.Equal(ActionState.Done, await portal.WithDbAsync(db => db.ActionItems.Where(a => a.Id == action.Id).Select(a => a.State).SingleAsync()));

        // The administrator works in the coordinator's office, but does not act for it on meeting actions.
        var officeTask = "Përgatitni termat e referencës " + Guid.NewGuid().ToString("N")[..6];
        await MeetingForms.AddActionAsync(portal, secretary, id, officeTask, "ZKKA", "2030-01-01");
        var officeAction = await portal.WithDbAsync(db => db.ActionItems.Where(a => a.Description == officeTask).Select(a => new { a.Id, a.Version }).SingleAsync());
        using var admin = await SignedInAsync(Demo.Admin);
        var adminPage = await admin.GetPageAsync("/Meetings/Actions");
        Assert.Contains(officeTask, adminPage);
        Assert.DoesNotContain($"/Meetings/Actions/{officeAction.Id}\"", adminPage);
        Assert.Contains($"/Meetings/Actions/{action.Id}\"", await social.GetPageAsync("/Meetings/Actions"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync("/Meetings/Actions", $"/Meetings/Actions/{officeAction.Id}", [new("State", "Done"), new("Version", officeAction.Version.ToString())])).StatusCode);
        Assert.Equal(ActionState.Open, await portal.WithDbAsync(db => db.ActionItems.Where(a => a.Id == officeAction.Id).Select(a => a.State).SingleAsync()));
    }

    [Fact]
    public async Task The_2018_bulletin_meetings_are_there_in_demo_mode()
    {
        using var secretary = await SignedInAsync(Demo.Secretary);

        var may = await secretary.GetPageAsync("/Meetings?Calendar=true&Month=2018-05");

        Assert.Contains("Takimi i Autoritetit Përgjegjës", may);
        Assert.Contains("Përmirësimi i sistemit të mbrojtjes së fëmijëve", may);
        var mkr = await portal.WithDbAsync(db => db.Meetings.Where(m => m.Kind == MeetingKind.Mkr && m.StartsAt.Year == 2018 && m.StartsAt.Month == 5).Select(m => m.Id).SingleAsync());
        var page = await secretary.GetPageAsync($"/Meetings/{mkr}");
        Assert.Contains("Artemis Dralo", page);
        Assert.Contains("Planin Kombëtar të Veprimit 2018–2020", page);
    }
}
