using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Features.Cases.Documents;

/// <summary>Configuration of case documents (section <c>Documents</c>; see docs/operations.md).</summary>
public sealed class DocumentOptions
{
    public const string Database = "Database", FileSystem = "FileSystem";

    /// <summary>Where new documents' sealed content goes: <see cref="Database"/> (the default) or <see cref="FileSystem"/>.</summary>
    public string Store { get; set; } = Database;

    /// <summary>The folder of the file-system store; relative to the content root; shared by every instance.</summary>
    public string Path { get; set; } = "App_Data/documents";

    /// <summary>The largest file taken, in bytes.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>What an upload's request may carry besides the file: the form's few fields and the multipart framing.</summary>
    public const long FormBytes = 64 * 1024;

    public long MaxRequestBytes => MaxBytes + FormBytes;
}

/// <summary>Where a document's sealed content is kept. Only sealed bytes ever reach a store.</summary>
public interface IDocumentStore
{
    /// <summary>Keeps the sealed content of a document about to be saved: within the document's own save, or in a file written before it.</summary>
    Task PutAsync(CaseDocument document, byte[] sealedContent, CancellationToken cancellationToken);

    /// <summary>The sealed content, or null when it is missing.</summary>
    Task<byte[]?> ReadAsync(CaseDocument document, CancellationToken cancellationToken);

    /// <summary>After the document's row is deleted, or when its save failed.</summary>
    void Delete(CaseDocument document);
}

/// <summary>In the database, in a table of its own (<c>CaseDocumentContents</c>), saved with the document and deleted with it.</summary>
public sealed class DatabaseDocumentStore(AppDbContext db) : IDocumentStore
{
    public Task PutAsync(CaseDocument document, byte[] sealedContent, CancellationToken cancellationToken)
    {
        document.StoredName = null;
        document.Content = new CaseDocumentContent { Sealed = sealedContent };
        return Task.CompletedTask;
    }

    public async Task<byte[]?> ReadAsync(CaseDocument document, CancellationToken cancellationToken) =>
        await db.CaseDocumentContents.AsNoTracking().Where(c => c.DocumentId == document.Id).Select(c => c.Sealed).SingleOrDefaultAsync(cancellationToken);

    public void Delete(CaseDocument document)
    {
        // The content's row goes with the document's (a cascading key).
    }
}

/// <summary>
/// In a folder (<c>Documents:Path</c>) under generated names, through <see cref="FileStore"/>: nothing the user sent is part
/// of a path. Every instance must see the same folder, as they share the key folder.
/// </summary>
public sealed class FileSystemDocumentStore(IOptions<DocumentOptions> options, IHostEnvironment environment) : IDocumentStore
{
    private readonly Lazy<FileStore> _files = new(() => FileStore.At(PathResolver.UnderContentRoot(environment, System.IO.Path.Combine(options.Value.Path, "."))));

    public async Task PutAsync(CaseDocument document, byte[] sealedContent, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(sealedContent, writable: false);
        document.StoredName = (await _files.Value.SaveAsync(content, cancellationToken)).Name;
    }

    public async Task<byte[]?> ReadAsync(CaseDocument document, CancellationToken cancellationToken)
    {
        if (document.StoredName is not { } name || _files.Value.OpenRead(name) is not { } stream)
        {
            return null;
        }

        await using (stream)
        {
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory, cancellationToken);
            return memory.ToArray();
        }
    }

    public void Delete(CaseDocument document)
    {
        if (document.StoredName is { } name)
        {
            _files.Value.Delete(name);
        }
    }
}

/// <summary>
/// The configured store for new documents, and for each document the store that holds it (a document records where its
/// content went: changing <c>Documents:Store</c> leaves older documents readable where they are).
/// </summary>
public sealed class DocumentStorage(IOptions<DocumentOptions> options, DatabaseDocumentStore database, FileSystemDocumentStore files)
{
    public IDocumentStore ForNew =>
        string.Equals(options.Value.Store, DocumentOptions.FileSystem, StringComparison.OrdinalIgnoreCase) ? files : database;

    public IDocumentStore Of(CaseDocument document) => document.StoredName is null ? database : files;
}

/// <summary>Marks the action that takes a document; its limits come from configuration (<see cref="DocumentUploadLimits"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DocumentUploadAttribute : Attribute;

/// <summary>
/// Gives the action marked <see cref="DocumentUploadAttribute"/> the request and form limits of <c>Documents:MaxBytes</c>, as
/// <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c> would with a constant: as filters (Kestrel stops a larger body)
/// and as endpoint metadata (<see cref="FormReadFilter"/> answers a larger request 413 before reading it, and the 413 page
/// says the limit). The whole form is held in memory, never spilled to a temporary file: a document is never on disk
/// unsealed.
/// </summary>
public sealed class DocumentUploadLimits(DocumentOptions options) : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        if (!action.Attributes.OfType<DocumentUploadAttribute>().Any())
        {
            return;
        }

        var request = options.MaxRequestBytes;
        object[] limits =
        [
            new RequestSizeLimitAttribute(request),
            new RequestFormLimitsAttribute { MultipartBodyLengthLimit = request, MemoryBufferThreshold = (int)Math.Min(request, int.MaxValue) },
            new FileSizeLimit(options.MaxBytes),
        ];
        foreach (var filter in limits.OfType<IFilterMetadata>())
        {
            action.Filters.Add(filter);
        }

        foreach (var selector in action.Selectors)
        {
            foreach (var limit in limits)
            {
                selector.EndpointMetadata.Add(limit);
            }
        }
    }
}

public static class DocumentSetup
{
    /// <summary>Case documents: the configured store and the upload's limits. An unknown store or a limit below one byte stops the start.</summary>
    public static IServiceCollection AddPortalCaseDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Documents").Get<DocumentOptions>() ?? new DocumentOptions();
        if (!string.Equals(options.Store, DocumentOptions.Database, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(options.Store, DocumentOptions.FileSystem, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Documents:Store must be '{DocumentOptions.Database}' or '{DocumentOptions.FileSystem}', not '{options.Store}'.");
        }

        if (options.MaxBytes < 1 || options.MaxBytes > int.MaxValue - DocumentOptions.FormBytes)
        {
            throw new InvalidOperationException("Documents:MaxBytes must be a number of bytes from 1 to about 2 GB.");
        }

        services.AddSingleton(Options.Create(options));
        services.AddScoped<DatabaseDocumentStore>();
        services.AddSingleton<FileSystemDocumentStore>();
        services.AddScoped<DocumentStorage>();
        services.Configure<MvcOptions>(mvc => mvc.Conventions.Add(new DocumentUploadLimits(options)));
        return services;
    }
}
