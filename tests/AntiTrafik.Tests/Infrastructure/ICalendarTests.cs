using System.Net;
using System.Text;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Infrastructure.Calendar;

namespace AntiTrafik.Tests.Infrastructure;

/// <summary>The .ics files: text escaped and lines folded as RFC 5545 requires, so no typed title can break or extend an event.</summary>
public sealed class ICalendarTests
{
    private static readonly DateTime Start = new(2030, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("Takim\r\nEND:VEVENT", @"Takim\nEND:VEVENT")]
    [InlineData("a\rb\nc\r\n\r\nd", @"a\nb\nc\n\nd")]
    [InlineData(@"C:\dosja; Tiranë, Durrës", @"C:\\dosja\; Tiranë\, Durrës")]
    [InlineData("zile\u0007 e\u0000 fshehur\u001b[31m\tme tab", "zile e fshehur[31m\tme tab")]
    public void Text_escapes_backslash_semicolon_comma_and_every_line_break_and_drops_control_characters(string typed, string written) =>
        Assert.Equal(written, ICalendar.EscapeText(typed));

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_a_character_and_unfold_to_the_original()
    {
        var summary = string.Concat(Enumerable.Repeat("Mbledhja e Këshillit të Çështjeve 🇦🇱 ", 12));
        var file = ICalendar.Write(new CalendarEvent("meeting-1@antitrafik", Start, Start, Start.AddHours(2), summary, "Ministria e Brendshme, Tiranë"));

        Assert.DoesNotContain("\r\n\r\n", file);
        Assert.DoesNotMatch("[^\r]\n|\r[^\n]", file);
        var lines = file.Split("\r\n")[..^1];
        // Each line is whole UTF-8 on its own (a strict encoder throws on half a character) and at most 75 octets.
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.All(lines, line => Assert.True(strict.GetByteCount(line) <= ICalendar.MaxLineOctets, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' '));
        var unfolded = file.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:" + summary + "\r\n", unfolded);
        Assert.Contains("LOCATION:Ministria e Brendshme\\, Tiranë\r\n", unfolded);
    }

    [Fact]
    public void The_file_has_one_event_with_its_times_in_utc()
    {
        var file = ICalendar.Write(new CalendarEvent("meeting-7@antitrafik", Start, Start, Start.AddHours(2), "Takim\r\nEND:VEVENT\r\nBEGIN:VEVENT", null));
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", file);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", file);
        Assert.Contains("DTSTART:20300110T090000Z\r\n", file);
        Assert.Contains("DTEND:20300110T110000Z\r\n", file);
        Assert.Single(file.Split("\r\n"), l => l == "BEGIN:VEVENT");
        Assert.Single(file.Split("\r\n"), l => l == "END:VEVENT");
        Assert.DoesNotContain("LOCATION", file);
    }
}

/// <summary>The meeting's calendar file over HTTP, for a title typed with a line break.</summary>
public sealed class MeetingCalendarFileTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_title_with_a_line_break_stays_inside_its_summary()
    {
        using var secretary = await portal.SignedInClientAsync(Demo.Secretary);
        var id = await MeetingForms.ScheduledAsync(portal, secretary, "Takim\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:I rremë; me, presje " + new string('ë', 80));
        var response = await secretary.GetAsync($"/Meetings/{id}/ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var file = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var lines = file.Split("\r\n")[..^1];
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
        Assert.Single(lines, l => l == "END:VEVENT");
        Assert.Single(lines, l => l.StartsWith("SUMMARY:", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(@"SUMMARY:Takim\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:I rremë\; me\, presje", file.Replace("\r\n ", string.Empty, StringComparison.Ordinal));
    }
}
