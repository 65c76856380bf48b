using System.Security.Cryptography;
using System.Text;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Security;

/// <summary>The key ring and the keyed-hash key are encrypted at rest with a certificate; production starts only with one.</summary>
public sealed class KeysAtRestTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_key_ring_and_the_hashing_key_are_encrypted_in_the_key_folder_and_nothing_warns()
    {
        using var client = await portal.SignedInClientAsync(Demo.PoliceTirana);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/Cases")).StatusCode);

        var keys = Directory.GetFiles(portal.KeysFolder, "key-*.xml").Select(File.ReadAllText).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("encryptedSecret", key);
            Assert.DoesNotContain("<masterKey", key);
        });
        Assert.StartsWith("protected:", await File.ReadAllTextAsync(Path.Combine(portal.KeysFolder, "hashing.key")));
        Assert.DoesNotContain("No XML encryptor", portal.ReadLogs());
    }
}

/// <summary>A portal whose key folder already holds a keyed-hash key in clear, as an earlier version wrote it.</summary>
public sealed class PlainHashingKeyPortalFactory : PortalFactory
{
    public static readonly byte[] PlainKey = RandomNumberGenerator.GetBytes(32);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(KeysFolder);
        File.WriteAllText(Path.Combine(KeysFolder, "hashing.key"), Convert.ToBase64String(PlainKey));
        base.ConfigureWebHost(builder);
    }
}

public sealed class PlainHashingKeyTests(PlainHashingKeyPortalFactory portal) : IClassFixture<PlainHashingKeyPortalFactory>
{
    [Fact]
    public async Task A_key_stored_in_clear_before_is_encrypted_at_start_and_stays_the_same_key()
    {
        var hashing = portal.Services.GetRequiredService<HashingKey>();

        // The same key, so every hash made before (duplicate matching, the audit chain) still matches.
        Assert.Equal(HMACSHA256.HashData(PlainHashingKeyPortalFactory.PlainKey, Encoding.UTF8.GetBytes("purpose")), hashing.For("purpose"));
        var stored = await File.ReadAllTextAsync(Path.Combine(portal.KeysFolder, "hashing.key"));
        Assert.StartsWith("protected:", stored);
        Assert.DoesNotContain(Convert.ToBase64String(PlainHashingKeyPortalFactory.PlainKey), stored);
    }
}

/// <summary>Production given no certificate.</summary>
public sealed class UncertifiedProductionFactory : PortalFactory
{
    protected override string Environment => "Production";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bootstrap:AdministratorEmail", ProductionPortalFactory.FirstAdministrator);
    }
}

public sealed class UncertifiedProductionTests
{
    [Fact]
    public async Task Production_does_not_start_without_a_certificate_for_the_keys()
    {
        await using var portal = new UncertifiedProductionFactory();
        var refused = Record.Exception(() => portal.Services);
        Assert.NotNull(refused);
        var messages = string.Join(" | ", Chain(refused));
        Assert.Contains("DataProtection:Certificate:Path is not set", messages);
    }

    private static IEnumerable<string> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception.Message;
        }
    }
}
