using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace AntiTrafik.Web.Infrastructure;

public static class DataProtection
{
    /// <summary>
    /// Keys live in a folder outside the database (a shared volume in docker-compose), so several portal
    /// instances can read each other's cookies and links, and a copy of the database alone opens nothing.
    /// In that folder every key is encrypted with a certificate (<see cref="KeyCertificates"/>): a copy of the
    /// folder without the certificate's private key opens nothing either.
    /// </summary>
    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services,
        IConfiguration configuration, IHostEnvironment environment)
    {
        var keysPath = PathResolver.UnderContentRoot(environment,
            Path.Combine(configuration["DataProtection:KeysPath"] ?? "App_Data/keys", "."));
        var keyRing = services.AddDataProtection()
            .SetApplicationName("AntiTrafik")
            .PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        // The backup and migrate-only runs never open the key ring, and need no certificate.
        if (!Data.DatabaseSetup.IsMigrateOnly(configuration) && !Data.DatabaseBackup.IsRequested(configuration))
        {
            var certificates = KeyCertificates.Load(configuration, environment);
            keyRing.ProtectKeysWithCertificate(certificates.Current)
                // On Linux the key ring is opened with the certificates given here, not from a certificate store;
                // the previous ones open what was written before a certificate was replaced.
                .UnprotectKeysWithAnyCertificate([certificates.Current, .. certificates.Previous]);
        }

        services.AddSingleton(provider => new Security.HashingKey(
            keysPath, provider.GetRequiredService<IDataProtectionProvider>(), provider.GetRequiredService<ILogger<Security.HashingKey>>()));
        services.AddSingleton<Security.BlindIndex>();
        services.AddScoped<Features.Cases.SearchIndexRebuild>();
        services.AddHostedService<Features.Cases.SearchIndexRebuildJob>();
        services.AddSingleton<Security.PersonalDataProtector>();
        services.AddSingleton<Auditing.AuditChain>();
        services.AddSingleton<Auditing.AuditWriter>();
        services.AddScoped<Auditing.AuditTrail>();
        return services;
    }

    /// <summary>
    /// Opens the key ring and the keyed-hash key once at start: a certificate that does not open the keys stops
    /// the portal here, with its message, rather than answering the first request with an error.
    /// </summary>
    public static void EnsureKeysCanBeOpened(this WebApplication app) => _ = app.Services.GetRequiredService<Security.HashingKey>();
}

/// <summary>
/// The certificate that encrypts the key ring at rest. Given by configuration: <c>DataProtection:Certificate:Path</c>
/// (a PKCS#12 file with its private key) and <c>DataProtection:Certificate:Password</c>; certificates replaced
/// earlier stay listed under <c>DataProtection:PreviousCertificates</c> (each with Path and Password) so the keys
/// they encrypted still open. Production refuses to start without one. Development and Testing make their own,
/// once, in <c>DataProtection:DevelopmentCertificatePath</c> (default <c>App_Data/key-certificate/development.pfx</c>,
/// outside the key folder): fine on a developer's machine, never for real data.
/// </summary>
public sealed record KeyCertificates(X509Certificate2 Current, IReadOnlyList<X509Certificate2> Previous)
{
    public static KeyCertificates Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var previous = configuration.GetSection("DataProtection:PreviousCertificates").GetChildren()
            .Select(c => Open(PathResolver.UnderContentRoot(environment, c["Path"] ?? string.Empty), c["Password"]))
            .ToList();
        if (configuration["DataProtection:Certificate:Path"] is { Length: > 0 } path)
        {
            return new KeyCertificates(Open(PathResolver.UnderContentRoot(environment, path), configuration["DataProtection:Certificate:Password"]), previous);
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "DataProtection:Certificate:Path is not set. In production the key ring is encrypted with a certificate " +
                "given by configuration (see docs/operations.md, \"Keys at rest\").");
        }

        var own = PathResolver.UnderContentRoot(environment,
            configuration["DataProtection:DevelopmentCertificatePath"] ?? "App_Data/key-certificate/development.pfx");
        return new KeyCertificates(OwnDevelopmentCertificate(own), previous);
    }

    /// <summary>A self-signed RSA certificate for encrypting keys, written once.</summary>
    public static X509Certificate2 OwnDevelopmentCertificate(string path)
    {
        KeyFiles.CreateOnce(path, () =>
        {
            using var certificate = CreateSelfSigned("AntiTrafik development key encryption");
            return certificate.Export(X509ContentType.Pkcs12);
        });
        return Open(path, password: null);
    }

    /// <summary>A new self-signed certificate for key encryption (used by Development, and by the tests for Production).</summary>
    public static X509Certificate2 CreateSelfSigned(string subject)
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest($"CN={subject}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
    }

    private static X509Certificate2 Open(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The key-encryption certificate {path} does not exist.");
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"The key-encryption certificate {path} has no private key.");
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"The key-encryption certificate {path} cannot be opened (wrong password or not a PKCS#12 file).", ex);
        }
    }
}
