using System.Net;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Security;

/// <summary>X-Forwarded-For is believed only from a proxy named in configuration; by default from nobody, not even the host.</summary>
public sealed class ForwardedHeadersTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("127.0.0.1")]
    public async Task An_address_sent_by_a_client_that_is_no_named_proxy_is_ignored(string client)
    {
        var email = $"fwd.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test";
        using (var admin = await portal.SignedInClientAsync(Demo.Admin))
        {
            await Users.CreateWithPasswordAsync(portal, admin, email, "Adresa-E-Vertete-26");
        }

        using var spoofer = portal.CreatePortalClient(client);
        spoofer.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "10.9.8.7");
        await spoofer.SignInAsExpectedAsync(email, "Adresa-E-Vertete-26");
        var id = await Users.IdOfAsync(portal, email);

        Assert.Equal(client, await portal.WithDbAsync(db => db.SignInSessions.Where(s => s.UserId == id).Select(s => s.Address).SingleAsync()));
        var audited = await portal.WithDbAsync(db => db.AuditTrail.Where(a => a.UserId == id && a.Action == AuditAction.SignInSucceeded).Select(a => a.IpAddress).Distinct().ToListAsync());
        Assert.Equal([client], audited);
    }
}

/// <summary>A portal behind a reverse proxy at 10.0.0.5 (named in configuration).</summary>
public sealed class BehindProxyPortalFactory : PortalFactory
{
    public const string Proxy = "10.0.0.5";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ReverseProxy:KnownProxies:0", Proxy);
    }
}

public sealed class BehindProxyTests(BehindProxyPortalFactory portal) : IClassFixture<BehindProxyPortalFactory>
{
    [Fact]
    public async Task The_named_proxy_passes_the_client_address_on_and_others_still_cannot()
    {
        using var throughProxy = portal.CreatePortalClient(BehindProxyPortalFactory.Proxy);
        throughProxy.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");
        await throughProxy.SignInAsExpectedAsync(Demo.PoliceVlora);
        using var direct = portal.CreatePortalClient("10.0.0.6");
        direct.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.24");
        await direct.SignInAsExpectedAsync(Demo.PoliceVlora);

        var addresses = await portal.WithDbAsync(db => db.SignInSessions.Select(s => s.Address).ToListAsync());
        Assert.Contains("198.51.100.23", addresses);
        Assert.Contains("10.0.0.6", addresses);
        Assert.DoesNotContain("198.51.100.24", addresses);
        Assert.DoesNotContain(BehindProxyPortalFactory.Proxy, addresses);
    }
}
