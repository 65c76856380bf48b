using System.Globalization;
using System.Text;

namespace AntiTrafik.Web.Infrastructure.Files;

/// <summary>What an uploaded file's name becomes, and how a size is written, for every upload of the portal.</summary>
public static class FileNames
{
    /// <summary>
    /// The uploader's file name without folders, control characters or direction marks, with <paramref name="extension"/>
    /// (the one its content was found to be), and at most <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Clean(string? name, string extension, int maxLength)
    {
        var plain = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var text = new StringBuilder();
        foreach (var c in plain.Normalize(NormalizationForm.FormC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
            {
                text.Append(c);
            }
        }

        var stem = Path.GetFileNameWithoutExtension(text.ToString()).Trim().Trim('.');
        var room = maxLength - extension.Length;
        stem = stem.Length == 0 ? "file" : stem.Length > room ? stem[..room] : stem;
        return stem + extension;
    }

    /// <summary>A size as people read it, in the current culture: "840 B", "12,5 KB", "10 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}

/// <summary>
/// Endpoint metadata: the largest file an upload action takes, so the portal's 413 page (<c>Features/Errors</c>) can say
/// it. Without it the page says 10 MB, the training materials' limit.
/// </summary>
public sealed record FileSizeLimit(long Bytes);
