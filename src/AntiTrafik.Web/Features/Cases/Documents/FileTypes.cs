using System.IO.Compression;

namespace AntiTrafik.Web.Features.Cases.Documents;

/// <summary>A kind of file a case document may be, as found from its content.</summary>
/// <param name="Label">What the list calls it.</param>
/// <param name="Extension">The extension the download's name gets, whatever the uploaded name had.</param>
/// <param name="ContentType">The type the download is served as.</param>
public sealed record FileType(string Label, string Extension, string ContentType);

/// <summary>
/// The allowlist of case documents, decided by the file's own bytes, never by its name or the type the browser sent:
/// PDF, PNG, JPEG, and Word documents (.docx: a ZIP package whose main part is a WordprocessingML document; a
/// macro-enabled or template package is not one).
/// </summary>
public static class FileTypes
{
    public static readonly FileType Pdf = new("PDF", ".pdf", "application/pdf");
    public static readonly FileType Png = new("PNG", ".png", "image/png");
    public static readonly FileType Jpeg = new("JPEG", ".jpg", "image/jpeg");
    public static readonly FileType Docx = new("Word", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    public static IReadOnlyList<FileType> All { get; } = [Pdf, Png, Jpeg, Docx];

    /// <summary>For the file input's <c>accept</c>: a hint to the browser's chooser only; the content decides.</summary>
    public const string Accept = ".pdf,.png,.jpg,.jpeg,.docx";

    private const string WordMainPart = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>How much of a package's <c>[Content_Types].xml</c> is read: real ones are a few kilobytes.</summary>
    private const int ContentTypesMaxChars = 256 * 1024;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The kind the content is, or null when it is none of the allowed ones.</summary>
    public static FileType? Of(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = content.AsSpan();
        return head.StartsWith("%PDF-"u8) ? Pdf
            : head.StartsWith(PngSignature) ? Png
            : head.StartsWith(JpegSignature) ? Jpeg
            : head.StartsWith(ZipSignature) && IsWordDocument(content) ? Docx
            : null;
    }

    /// <summary>What the list calls a stored type.</summary>
    public static string LabelOf(string contentType) =>
        All.FirstOrDefault(t => string.Equals(t.ContentType, contentType, StringComparison.Ordinal))?.Label ?? contentType;

    /// <summary>
    /// A ZIP whose package says its main part is a Word document and holds it. Only the archive's directory and its
    /// small content-types part are read, never the parts themselves.
    /// </summary>
    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is null || zip.GetEntry("word/vbaProject.bin") is not null
                || zip.GetEntry("[Content_Types].xml") is not { } types)
            {
                return false;
            }

            using var reader = new StreamReader(types.Open());
            var buffer = new char[ContentTypesMaxChars];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            return buffer.AsSpan(0, read).Contains(WordMainPart, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }
}
