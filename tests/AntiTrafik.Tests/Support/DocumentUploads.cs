using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Support;

/// <summary>Adding a document to a case through its Documents page form, as a browser sends it (multipart), and files to add.</summary>
public static class DocumentUploads
{
    /// <summary>A small PDF whose text holds <paramref name="text"/>.</summary>
    public static byte[] Pdf(string text) =>
        Encoding.UTF8.GetBytes($"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nBT ({text}) Tj ET\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    /// <summary>A ZIP package with the given parts (name, text): a Word document, or something dressed as one.</summary>
    public static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return memory.ToArray();
    }

    public static byte[] Docx(string text) => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("word/document.xml", $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"));

    /// <param name="tokenFrom">A page to take the antiforgery token from (by default the case's Documents page).</param>
    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, int caseId, string fileName, string contentType, byte[] content,
        string kind = "MedicalReport", string? description = null, string? tokenFrom = null)
    {
        var token = await client.TokenFromAsync(tokenFrom ?? $"/Cases/{caseId}/Documents");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(kind), "Kind");
        if (description is not null)
        {
            form.Add(new StringContent(description), "Description");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "File", fileName);
        return await client.Http.PostAsync($"/Cases/{caseId}/Documents", form);
    }

    /// <summary>Every byte of the portal's SQLite database (its WAL folded in first), as text, to look for what must not be there.</summary>
    public static async Task<string> DatabaseTextAsync(PortalFactory portal)
    {
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);"));
        SqliteConnection.ClearAllPools();
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(portal.DatabasePath)!, "portal.db*"))
        {
            text.Append(await FileTextAsync(file));
        }

        return text.ToString();
    }

    /// <summary>A file's bytes as text (Latin-1, so every byte stays one character and an ASCII name is found as it is written).</summary>
    public static async Task<string> FileTextAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return Encoding.Latin1.GetString(memory.ToArray());
    }
}

/// <summary>The portal with case documents in a folder of its own (<c>Documents:Store=FileSystem</c>) and a 1 MB limit.</summary>
public sealed class FileSystemDocumentsPortalFactory : PortalFactory
{
    public const long MaxBytes = 1024 * 1024;

    public string DocumentsFolder => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "documents");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Documents:Store", "FileSystem");
        builder.UseSetting("Documents:Path", DocumentsFolder);
        builder.UseSetting("Documents:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
