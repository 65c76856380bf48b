using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;

namespace AntiTrafik.Web.Security;

/// <summary>A person's identifying details, as typed; only ever held in memory.</summary>
public sealed record PersonIdentity(
    string FirstName,
    string LastName,
    string? Aliases,
    string? PersonalNumber,
    string? Phone,
    string? Address)
{
    public string FullName => $"{FirstName} {LastName}";
}

/// <summary>
/// The secret behind the keyed hashes (duplicate matching, audit chain, sign-in throttling). It lives in a file in
/// the Data Protection key folder, outside the database, created on first start; every instance must share it. The
/// file holds the key encrypted by Data Protection (whose key ring is itself encrypted with the certificate), so a
/// copy of the folder alone does not give it away. A file from before (the key in clear) is encrypted in place at
/// start; the key itself never changes, or every hash made with it would be lost.
/// </summary>
public sealed class HashingKey
{
    private const string Prefix = "protected:";

    private readonly byte[] _key;

    public HashingKey(string keysFolder, IDataProtectionProvider protection, ILogger<HashingKey> logger)
    {
        var protector = protection.CreateProtector("AntiTrafik.HashingKey.v1");
        Directory.CreateDirectory(keysFolder);
        var path = Path.Combine(keysFolder, "hashing.key");
        KeyFiles.CreateOnce(path, () => Encoding.ASCII.GetBytes(Prefix + Convert.ToBase64String(protector.Protect(RandomNumberGenerator.GetBytes(32)))));

        var content = File.ReadAllText(path).Trim();
        if (content.StartsWith(Prefix, StringComparison.Ordinal))
        {
            _key = protector.Unprotect(Convert.FromBase64String(content[Prefix.Length..]));
            return;
        }

        // Written by an earlier version, in clear: encrypt it now (through a new file, so a crash leaves one whole
        // file). Two instances doing this at once write the same key, each encrypted its own way; either opens.
        _key = Convert.FromBase64String(content);
        var encrypted = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(encrypted, Prefix + Convert.ToBase64String(protector.Protect(_key)), Encoding.ASCII);
        File.Move(encrypted, path, overwrite: true);
        logger.LogInformation("The keyed-hash key was stored in clear; it is now encrypted with the key ring");
    }

    /// <summary>A key for one purpose, so a hash made for one use is useless for another.</summary>
    public byte[] For(string purpose) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose));
}

/// <summary>
/// Encrypts identities and free text (ASP.NET Core Data Protection, keys outside the database) and makes
/// the keyed hashes that find the same person across agencies without revealing them.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider, HashingKey hashingKey, BlindIndex blindIndex) : IDisposable
{
    private const int RememberedNames = 20_000;

    private static readonly MemoryCacheEntryOptions NameEntry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) };

    private readonly IDataProtector _identity = provider.CreateProtector("AntiTrafik.PersonalData.Identity.v1");
    private readonly MemoryCache _names = new(new MemoryCacheOptions { SizeLimit = RememberedNames, CompactionPercentage = 0.25 });
    private readonly IDataProtector _text = provider.CreateProtector("AntiTrafik.PersonalData.Text.v1");
    private readonly IDataProtector _documents = provider.CreateProtector("AntiTrafik.PersonalData.Document.v1");
    private readonly byte[] _personalNumberKey = hashingKey.For("personal-number");
    private readonly byte[] _nameKey = hashingKey.For("name");

    public ProtectedPerson Protect(PersonIdentity person) => new(
        _identity.Protect(JsonSerializer.Serialize(person)),
        Initials(person),
        HashPersonalNumber(person.PersonalNumber),
        HashName(person.FirstName, person.LastName),
        blindIndex.TokensOf(person),
        BlindIndex.Version);

    public PersonIdentity Unprotect(string ciphertext) =>
        JsonSerializer.Deserialize<PersonIdentity>(_identity.Unprotect(ciphertext))
        ?? throw new CryptographicException("An identity could not be read.");

    /// <summary>
    /// The full name in an identity, for a list of names. Opening an identity costs about ten microseconds, and a
    /// list opens a page of them on every view, so a name is remembered by its ciphertext while it is being viewed
    /// (ten minutes after its last view, in a bounded set). It stays in this process's memory only, which already
    /// holds the keys that open every identity, so it adds no new way to read one; it is never written anywhere.
    /// Only a reader whose own scoped query returned the ciphertext can ask for it, and a changed identity has a
    /// new ciphertext, so a remembered name is never another reader's and never out of date.
    /// </summary>
    public string FullNameOf(string ciphertext)
    {
        if (!_names.TryGetValue(ciphertext, out string? name))
        {
            name = Unprotect(ciphertext).FullName;
            _names.Set(ciphertext, name, NameEntry);
        }

        return name!;
    }

    public SealedText Seal(string? text) =>
        new(string.IsNullOrWhiteSpace(text) ? null : _text.Protect(text.Trim()));

    public string? Unseal(string? ciphertext) => ciphertext is null ? null : _text.Unprotect(ciphertext);

    /// <summary>
    /// A case document's content, sealed with the same key ring as identities and notes (authenticated encryption: a
    /// changed byte does not open). Held in memory while sealed or opened: documents are at most <c>Documents:MaxBytes</c>.
    /// </summary>
    public byte[] SealDocument(byte[] content) => _documents.Protect(content);

    public byte[] UnsealDocument(byte[] sealedContent) => _documents.Unprotect(sealedContent);

    public string? HashPersonalNumber(string? personalNumber)
    {
        var normalized = NormalizePersonalNumber(personalNumber);
        return normalized.Length == 0 ? null : Convert.ToHexString(HMACSHA256.HashData(_personalNumberKey, Encoding.UTF8.GetBytes(normalized)));
    }

    /// <summary>A personal number as compared everywhere (duplicates, search): its letters and digits, upper case.</summary>
    public static string NormalizePersonalNumber(string? personalNumber) =>
        new string((personalNumber ?? string.Empty).Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

    public string HashName(string firstName, string lastName) =>
        Convert.ToHexString(HMACSHA256.HashData(_nameKey, Encoding.UTF8.GetBytes(NormalizeName($"{firstName} {lastName}"))));

    /// <summary>
    /// Spelling variants of one Albanian name meet: case, ë/e, ç/c and other marks, spacing, punctuation,
    /// and the order of the names ("Kola Ana" = "ana  kolá").
    /// </summary>
    public static string NormalizeName(string name) =>
        string.Join(' ', PlainText.WithoutMarks(name, ' ').ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    private static string Initials(PersonIdentity person) =>
        string.Concat(new[] { person.FirstName, person.LastName }
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .Select(n => char.ToUpperInvariant(n[0]) + "."));

    public void Dispose() => _names.Dispose();
}
