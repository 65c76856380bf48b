using System.Globalization;
using System.Text;

namespace AntiTrafik.Web.Infrastructure;

public static class PlainText
{
    /// <summary>
    /// The letters without their marks (ë → e, ç → c, á → a); every character that is not a letter or
    /// digit becomes <paramref name="separator"/>.
    /// </summary>
    public static string WithoutMarks(string text, char separator)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsLetterOrDigit(c) ? c : separator);
            }
        }

        return plain.ToString();
    }

    /// <summary>The non-empty lines of a text area, trimmed.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A participant line as meetings and trainings take it: "name; function; institution".</summary>
    public static (string Name, string? Function, string? Institution) Participant(string line)
    {
        var parts = line.Split(';', 3, StringSplitOptions.TrimEntries);
        return (parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null, parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null);
    }

    /// <summary>The inverse of <see cref="Participant"/>, for showing stored participants in the text area again.</summary>
    public static string ParticipantLine(string name, string? function, string? institution) =>
        string.Join("; ", new[] { name, function, institution }.Select(x => x ?? string.Empty)).TrimEnd(' ', ';');
}
