using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace AntiTrafik.Web.Infrastructure.Files;

/// <summary>
/// Uploaded files on disk, outside the web root (<c>Uploads:Path</c>, by default <c>App_Data/uploads</c>), each
/// under a generated name. Nothing the user sent becomes part of a path; the store only opens names it could have made.
/// Several instances share the folder as they share the key folder.
/// </summary>
public sealed partial class FileStore
{
    private readonly string _root;

    public FileStore(IConfiguration configuration, IHostEnvironment environment)
        : this(PathResolver.UnderContentRoot(environment, Path.Combine(configuration["Uploads:Path"] ?? "App_Data/uploads", ".")))
    {
    }

    private FileStore(string root)
    {
        _root = root;
        Directory.CreateDirectory(_root);
    }

    /// <summary>A store of generated names in another folder (a full path), such as the case documents' (<c>Documents:Path</c>).</summary>
    public static FileStore At(string root) => new(root);

    public string Root => _root;

    public sealed record Stored(string Name, long Length, string Sha256);

    /// <summary>Writes the stream to a new generated name (first to a temporary file, so a half-written file is never seen).</summary>
    public async Task<Stored> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var name = Guid.NewGuid().ToString("N");
        var partial = Path.Combine(_root, name + ".partial");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                length += read;
            }

            await file.FlushAsync(cancellationToken);
        }

        File.Move(partial, Path.Combine(_root, name));
        return new Stored(name, length, Convert.ToHexString(hash.GetHashAndReset()));
    }

    public Stream? OpenRead(string name) =>
        IsGenerated(name) && File.Exists(Path.Combine(_root, name))
            ? new FileStream(Path.Combine(_root, name), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;

    public void Delete(string name)
    {
        if (IsGenerated(name))
        {
            File.Delete(Path.Combine(_root, name));
        }
    }

    private static bool IsGenerated(string name) => GeneratedName().IsMatch(name);

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GeneratedName();
}
