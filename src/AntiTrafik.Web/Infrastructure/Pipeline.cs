using System.Text.Json;
using AntiTrafik.Web.Data.Seeding;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AntiTrafik.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        // Behind the TLS-terminating reverse proxy: the client's address (rate limits, sign-in throttling, sessions,
        // audit) and https (HSTS, Secure cookies) come from X-Forwarded-*, trusted only from the proxies named in
        // configuration (ReverseProxy:KnownProxies, ReverseProxy:KnownNetworks). None by default: not even loopback,
        // so a client on the host cannot invent an address per request.
        if (ForwardedHeadersFrom(app.Configuration) is { } forwarded)
        {
            app.UseForwardedHeaders(forwarded);
        }
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error/500");
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseCookiePolicy();
        // 403 and 404 answers keep their status code but show the portal's own page.
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseStaticFiles();
        // Past the static files, every answer may hold personal data: no browser or proxy keeps a copy. (The same
        // values antiforgery sets on pages with forms, so it has nothing to override or warn about.)
        app.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-cache, no-store";
            context.Response.Headers.Pragma = "no-cache";
            return next();
        });
        app.UsePortalRequestLogging();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseSecondFactorRequirement();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// X-Forwarded-For and -Proto are read only from the proxies named in configuration: addresses in
    /// <c>ReverseProxy:KnownProxies</c>, CIDR ranges in <c>ReverseProxy:KnownNetworks</c>. ASP.NET Core trusts
    /// loopback by default; that default is cleared. With nothing configured there are no options at all and the
    /// middleware is not used: with both lists empty it would believe every client.
    /// </summary>
    public static ForwardedHeadersOptions? ForwardedHeadersFrom(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(System.Net.IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"ReverseProxy:KnownProxies holds \"{proxy}\", which is not an IP address."));
        }

        foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                ? range
                : throw new InvalidOperationException($"ReverseProxy:KnownNetworks holds \"{network}\", which is not a network such as 10.0.0.0/8."));
        }

        if (options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0)
        {
            return null;
        }

        // One proxy in front: the address it saw is the client's; more entries (a chain) need ForwardLimit raised.
        options.ForwardLimit = 1;
        return options;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }

    /// <summary>Prints where the portal listens and, in demo mode, how to sign in.</summary>
    public static void AnnounceAddressesOnStart(this WebApplication app, IReadOnlyList<DemoAccount> demoAccounts)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var text = new System.Text.StringBuilder();
            text.AppendLine().AppendLine("AntiTrafik is running at: " + string.Join(", ", addresses));
            if (demoAccounts.Count > 0)
            {
                text.AppendLine($"Demo sign-ins (password for all: {DemoSeeder.Password}; the coordinator and the administrator also need a code");
                text.AppendLine($"from an authenticator app with the key {DemoSeeder.AuthenticatorKey}, e.g. oathtool --totp -b {DemoSeeder.AuthenticatorKey}):");
                foreach (var account in demoAccounts)
                {
                    text.AppendLine($"  {account.Email,-34} {account.Role,-17} {account.AgencyName}");
                }
            }

            Console.WriteLine(text.ToString());
        });
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString(), StringComparer.Ordinal),
        }));
    }
}
