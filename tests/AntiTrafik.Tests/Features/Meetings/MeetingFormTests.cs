using System.Net;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AntiTrafik.Tests.Support.MeetingForms;

namespace AntiTrafik.Tests.Features.Meetings;

/// <summary>The meeting form: participants as rows, the question about a past date, and who is named in print.</summary>
public sealed class MeetingFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    [Fact]
    public async Task A_meeting_dated_in_the_past_is_saved_as_planned_only_when_the_secretary_says_so()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var title = Unique("Takim i së kaluarës");

        var asked = await ScheduleAsync(portal, secretary, title, startsAt: "2024-05-10T10:00");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var page = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Data është në të kaluarën, por takimi do të ruhej si i planifikuar.", page);
        Assert.Contains("data-testid=\"past-meeting\"", page);
        Assert.False(await portal.WithDbAsync(db => db.Meetings.AnyAsync(m => m.Title == title)));

        var planned = await ScheduledAsync(portal, secretary, title, startsAt: "2024-05-10T10:00", ifPast: "StillPlanned");
        var held = await ScheduledAsync(portal, secretary, Unique("Takim i zhvilluar"), startsAt: "2024-05-10T10:00", ifPast: "Held");
        var future = await ScheduledAsync(portal, secretary, Unique("Takim i ardhshëm"), startsAt: "2031-05-10T10:00");

        var states = await portal.WithDbAsync(db => db.Meetings.Where(m => m.Id == planned || m.Id == held || m.Id == future).ToDictionaryAsync(m => m.Id, m => m.State));
        Assert.Equal(MeetingState.Planned, states[planned]);
        Assert.Equal(MeetingState.Held, states[held]);
        Assert.Equal(MeetingState.Planned, states[future]);
    }

    [Fact]
    public async Task Participants_are_saved_from_their_rows_and_empty_rows_are_left_out()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var id = await ScheduledAsync(portal, secretary, Unique("Takim me pjesëmarrës"), participants:
        [
            new("Ardiana Jaku", "Zëvendësministre", "Ministria e Shëndetësisë dhe Mbrojtjes Sociale", PublicOfficial: true),
            new(""),
            new("Mirela Dervishi", "punonjëse sociale", "DRSHSSH Tiranë"),
        ]);

        var saved = await portal.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).SelectMany(m => m.Participants).OrderBy(p => p.Id)
            .Select(p => new { p.Name, p.Function, p.IsPublicOfficial }).ToListAsync());
        Assert.Equal([("Ardiana Jaku", true), ("Mirela Dervishi", false)], saved.Select(p => (p.Name, p.IsPublicOfficial)));

        // The edit form shows the rows again, with the mark, and empty rows to add more.
        var edit = await secretary.GetPageAsync($"/Meetings/{id}/Edit");
        Assert.Equal("Mirela Dervishi", PortalClient.Field(edit, "Participants[1].Name"));
        Assert.Contains("name=\"Participants[3].Name\"", edit);
        Assert.DoesNotContain("name=\"Participants[4].Name\"", edit);
    }

    [Fact]
    public async Task A_row_with_a_function_but_no_name_is_refused_with_its_row_pointed_at()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var response = await ScheduleAsync(portal, secretary, Unique("Takim pa emër"), participants: [new("Ana Hoxha"), new("", "drejtore")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Shkruani emrin e pjesëmarrësit ose zbrazeni rreshtin.", page);
        Assert.Contains("id=\"participant-name-1-error\"", page);
        Assert.DoesNotContain("id=\"participant-name-0-error\"", page);
    }

    [Fact]
    public async Task Adding_a_row_without_script_shows_the_form_again_with_one_more_row_and_saves_nothing()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var title = Unique("Takim pa skript");
        var response = await secretary.SubmitAsync("/Meetings/New",
        [
            new("Title", title), new("Kind", "Mkr"), new("StartsAt", "2031-01-10T10:00"), new("Version", "0"),
            new("Participants[0].Name", "Ana Hoxha"), new("Participants[1].Name", ""), new("Participants[2].Name", ""), new("AddRow", "true"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Ana Hoxha", PortalClient.Field(page, "Participants[0].Name"));
        Assert.Contains("name=\"Participants[3].Name\"", page);
        Assert.DoesNotContain("validation-summary-errors", page);
        Assert.False(await portal.WithDbAsync(db => db.Meetings.AnyAsync(m => m.Title == title)));
    }

    [Fact]
    public async Task Printed_minutes_and_the_bulletin_name_only_public_officials()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var title = Unique("Takim për botim");
        var id = await ScheduledAsync(portal, secretary, title, startsAt: "2032-06-10T10:00", participants:
        [
            new("Ardiana Jaku", "Zëvendësministre", "Ministria e Shëndetësisë", PublicOfficial: true),
            new("Mirela Dervishi", "punonjëse sociale", "DRSHSSH Tiranë"),
        ]);

        // On the portal's own page the secretary sees everyone; the printout leaves the caseworker's name out.
        Assert.Contains("Mirela Dervishi", await secretary.GetPageAsync($"/Meetings/{id}"));
        var print = await secretary.GetPageAsync($"/Meetings/{id}/Print");
        Assert.Contains("Ardiana Jaku", print);
        Assert.DoesNotContain("Mirela Dervishi", print);
        Assert.Contains("punonjëse sociale (DRSHSSH Tiranë)", print);

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(portal, secretary, id, "Held")).StatusCode);
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var bulletin = await coordinator.SubmitAsync("/Bulletins/New",
            [new("Number", Random.Shared.Next(20000, 90000).ToString()), new("PeriodFrom", "2032-06-01"), new("PeriodTo", "2032-06-30")]);
        Assert.Equal(HttpStatusCode.Redirect, bulletin.StatusCode);
        var participants = await portal.WithDbAsync(db => db.Bulletins.SelectMany(b => b.Items).Where(i => i.Title == title).Select(i => i.Participants).SingleAsync());
        Assert.Contains("Zëvendësministre Ardiana Jaku", participants);
        Assert.Contains("punonjëse sociale (DRSHSSH Tiranë)", participants);
        Assert.DoesNotContain("Mirela", participants);
    }

    [Fact]
    public async Task The_calendar_link_stays_after_the_meeting_is_held()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var id = await ScheduledAsync(portal, secretary, Unique("Takim me kalendar"));
        Assert.Contains($"href=\"/Meetings/{id}/ics\"", await secretary.GetPageAsync($"/Meetings/{id}"));

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(portal, secretary, id, "Held")).StatusCode);
        Assert.Contains($"href=\"/Meetings/{id}/ics\"", await secretary.GetPageAsync($"/Meetings/{id}"));
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync($"/Meetings/{id}/ics")).StatusCode);
    }
}
