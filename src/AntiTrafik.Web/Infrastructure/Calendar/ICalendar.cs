using System.Globalization;
using System.Text;

namespace AntiTrafik.Web.Infrastructure.Calendar;

/// <summary>One event of an iCalendar file; times in UTC.</summary>
public sealed record CalendarEvent(string Uid, DateTime StampUtc, DateTime StartUtc, DateTime EndUtc, string Summary, string? Location);

/// <summary>
/// Writes iCalendar (RFC 5545) files. Text values are escaped as section 3.3.11 requires (backslash, semicolon, comma,
/// and a line break of any kind as <c>\n</c>; other control characters, which TEXT may not hold, are left out), so a
/// title typed with a line break cannot end the event or add properties. Lines end in CRLF and are folded at 75 octets
/// (section 3.1), never inside a UTF-8 character.
/// </summary>
public static class ICalendar
{
    public const int MaxLineOctets = 75;

    public static string Write(CalendarEvent e)
    {
        var text = new StringBuilder();
        foreach (var line in new[]
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//AntiTrafik//Meetings//SQ",
            "BEGIN:VEVENT",
            "UID:" + EscapeText(e.Uid),
            "DTSTAMP:" + Time(e.StampUtc),
            "DTSTART:" + Time(e.StartUtc),
            "DTEND:" + Time(e.EndUtc),
            "SUMMARY:" + EscapeText(e.Summary),
            e.Location is null ? null : "LOCATION:" + EscapeText(e.Location),
            "END:VEVENT",
            "END:VCALENDAR",
        })
        {
            if (line is not null)
            {
                text.Append(Fold(line)).Append("\r\n");
            }
        }

        return text.ToString();
    }

    /// <summary>A TEXT value: <c>\</c> <c>;</c> <c>,</c> escaped, CRLF, CR and LF as <c>\n</c>, other control characters left out.</summary>
    public static string EscapeText(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case ';': text.Append(@"\;"); break;
                case ',': text.Append(@"\,"); break;
                case '\r':
                    text.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': text.Append(@"\n"); break;
                case '\t': text.Append(c); break;
                default:
                    if (!char.IsControl(c))
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A content line folded so that no line is longer than 75 octets: each continuation starts with one space.</summary>
    public static string Fold(string line)
    {
        var text = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        return text.ToString();
    }

    private static string Time(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
