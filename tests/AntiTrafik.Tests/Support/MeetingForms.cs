using System.Net;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Support;

/// <summary>The secretary's meeting forms, filled as a person would.</summary>
public static class MeetingForms
{
    /// <summary>A named participant as the form's row takes it.</summary>
    public sealed record Participant(string Name, string? Function = null, string? Institution = null, bool PublicOfficial = false);

    /// <param name="ifPast">The answer to "the date is in the past: was it held?" ("Held" or "StillPlanned"), when asked.</param>
    public static async Task<HttpResponseMessage> ScheduleAsync(PortalFactory portal, PortalClient client, string title, string kind = "Mkr",
        string startsAt = "2030-01-10T10:00", string? countyName = null, string[]? agencies = null, string agenda = "Hapja\nÇështje të ndryshme",
        Participant[]? participants = null, string? ifPast = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Title", title), new("Kind", kind), new("StartsAt", startsAt), new("City", "Tiranë"), new("Venue", "Ministria e Brendshme"),
            new("AgendaLines", agenda), new("Version", "0"),
        };
        foreach (var (p, i) in (participants ?? []).Select((p, i) => (p, i)))
        {
            fields.Add(new($"Participants[{i}].Name", p.Name));
            fields.Add(new($"Participants[{i}].Function", p.Function ?? ""));
            fields.Add(new($"Participants[{i}].Institution", p.Institution ?? ""));
            if (p.PublicOfficial)
            {
                fields.Add(new($"Participants[{i}].IsPublicOfficial", "true"));
            }
        }

        if (ifPast is not null)
        {
            fields.Add(new("IfPast", ifPast));
        }

        if (countyName is not null)
        {
            fields.Add(new("CountyId", (await portal.WithDbAsync(db => db.Counties.Where(c => c.Name == countyName).Select(c => c.Id).SingleAsync())).ToString()));
        }

        foreach (var code in agencies ?? [])
        {
            fields.Add(new("AgencyIds", (await Users.AgencyIdAsync(portal, code)).ToString()));
        }

        return await client.SubmitAsync("/Meetings/New", fields);
    }

    public static async Task<int> ScheduledAsync(PortalFactory portal, PortalClient client, string title, string kind = "Mkr",
        string startsAt = "2030-01-10T10:00", string? countyName = null, string[]? agencies = null, Participant[]? participants = null, string? ifPast = null)
    {
        var response = await ScheduleAsync(portal, client, title, kind, startsAt, countyName, agencies, participants: participants, ifPast: ifPast);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<int> VersionAsync(PortalFactory portal, int meetingId) =>
        await portal.WithDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Version).SingleAsync());

    public static async Task<HttpResponseMessage> MoveAsync(PortalFactory portal, PortalClient client, int meetingId, string next) =>
        await client.SubmitAsync($"/Meetings/{meetingId}", $"/Meetings/{meetingId}/State/{next}", [new("version", (await VersionAsync(portal, meetingId)).ToString())]);

    public static async Task ApproveAsync(PortalFactory portal, PortalClient client, int meetingId)
    {
        foreach (var next in new[] { "Held", "Circulated", "Approved" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(portal, client, meetingId, next)).StatusCode);
        }
    }

    public static async Task<HttpResponseMessage> AddActionAsync(PortalFactory portal, PortalClient client, int meetingId, string description, string agencyCode, string due = "2030-02-01", string? amendment = null) =>
        await client.SubmitAsync($"/Meetings/{meetingId}", $"/Meetings/{meetingId}/Actions",
            [new("Description", description), new("ResponsibleAgencyId", (await Users.AgencyIdAsync(portal, agencyCode)).ToString()), new("DueOn", due), new("AmendmentReason", amendment ?? "")]);
}
