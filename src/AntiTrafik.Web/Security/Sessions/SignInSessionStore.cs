using System.Security.Claims;
using System.Security.Cryptography;
using AntiTrafik.Data;
using AntiTrafik.Domain.SignIns;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Security.Sessions;

/// <summary>
/// Keeps the sign-in tickets in the portal's database (<see cref="SignInSession"/>): the cookie carries only a
/// random key. Every request reads its row, so a deleted row (sign-out, a session ended from the security page,
/// a new security stamp) closes that session at once on every instance, and a cookie copied before can no
/// longer open anything.
/// </summary>
public sealed class SignInSessionStore(
    IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock, ILogger<SignInSessionStore> logger) : ITicketStore
{
    /// <summary>How often "last seen" is written: not on every request.</summary>
    public static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);

    private const string CurrentKeyItem = "AntiTrafik.SignInSessionKey";

    private readonly IDataProtector _protector = protection.CreateProtector("AntiTrafik.SignInSessions.v1");

    /// <summary>The key of the session this request belongs to, once the cookie was read.</summary>
    public static string? CurrentKey(HttpContext context) => context.Items[CurrentKeyItem] as string;

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) => StoreAsync(ticket, null, cancellationToken);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Expired rows go when a new one comes: the table holds open sessions only, without a job to clean it.
        await db.SignInSessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(CancellationToken.None);
        db.SignInSessions.Add(NewRow(key, ticket, httpContext, now));
        await db.SaveChangesAsync(CancellationToken.None);
        Remember(httpContext, key);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) => RenewAsync(key, ticket, null, cancellationToken);

    /// <summary>
    /// A sliding renewal, or a new ticket for the same session (after a password change the person's own session
    /// continues with the new stamp). A row deleted meanwhile comes back only for a ticket with the account's
    /// current security stamp: a request of an ended session that happened to be renewing cannot revive it.
    /// </summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = UserIdOf(ticket);
        var sealedTicket = Seal(ticket);
        var expires = ExpiresAt(ticket, now);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var updated = await db.SignInSessions.Where(s => s.Key == key && s.UserId == userId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Ticket, sealedTicket)
            .SetProperty(r => r.ExpiresAt, expires)
            .SetProperty(r => r.LastSeenAt, now), CancellationToken.None);
        if (updated == 0 && await HasCurrentStampAsync(scope.ServiceProvider, ticket))
        {
            await db.SignInSessions.Where(s => s.Key == key).ExecuteDeleteAsync(CancellationToken.None);
            db.SignInSessions.Add(NewRow(key, ticket, httpContext, now));
            await db.SaveChangesAsync(CancellationToken.None);
        }

        Remember(httpContext, key);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, null, CancellationToken.None);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) => RetrieveAsync(key, null, cancellationToken);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.SignInSessions.AsNoTracking().Where(s => s.Key == key)
            .Select(s => new { s.Ticket, s.ExpiresAt, s.LastSeenAt })
            .FirstOrDefaultAsync(CancellationToken.None);
        if (row is null)
        {
            return null;
        }

        if (row.ExpiresAt <= now)
        {
            await db.SignInSessions.Where(s => s.Key == key).ExecuteDeleteAsync(CancellationToken.None);
            return null;
        }

        var ticket = Open(row.Ticket);
        if (ticket is null)
        {
            return null;
        }

        if (now - row.LastSeenAt >= LastSeenPrecision)
        {
            var address = AddressOf(httpContext);
            await db.SignInSessions.Where(s => s.Key == key).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.LastSeenAt, now)
                .SetProperty(r => r.Address, address), CancellationToken.None);
        }

        Remember(httpContext, key);
        return ticket;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, null, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => RemoveAsync(key, null, cancellationToken);

    public async Task RemoveAsync(string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.SignInSessions.Where(s => s.Key == key).ExecuteDeleteAsync(CancellationToken.None);
    }

    private SignInSession NewRow(string key, AuthenticationTicket ticket, HttpContext? httpContext, DateTime now) => new()
    {
        Key = key,
        UserId = UserIdOf(ticket),
        StartedAt = now,
        LastSeenAt = now,
        ExpiresAt = ExpiresAt(ticket, now),
        Browser = httpContext is null ? null : BrowserDescription.Of(httpContext.Request.Headers.UserAgent.ToString()),
        Address = AddressOf(httpContext),
        Ticket = Seal(ticket),
    };

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A sign-in ticket without a user id.");

    private static DateTime ExpiresAt(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + IdentitySetup.SessionLifetime;

    private static string? AddressOf(HttpContext? httpContext) =>
        httpContext?.Connection.RemoteIpAddress?.ToString() is { } address ? address[..Math.Min(address.Length, SignInSession.AddressMaxLength)] : null;

    private static void Remember(HttpContext? httpContext, string key)
    {
        if (httpContext is not null)
        {
            httpContext.Items[CurrentKeyItem] = key;
        }
    }

    private static async Task<bool> HasCurrentStampAsync(IServiceProvider services, AuthenticationTicket ticket)
    {
        var users = services.GetRequiredService<UserManager<AntiTrafik.Domain.ApplicationUser>>();
        var user = await users.FindByIdAsync(UserIdOf(ticket));
        var stamp = ticket.Principal.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType);
        return user is { IsDisabled: false } && stamp is not null && string.Equals(stamp, await users.GetSecurityStampAsync(user), StringComparison.Ordinal);
    }

    private byte[] Seal(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private AuthenticationTicket? Open(byte[] sealedTicket)
    {
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(sealedTicket));
        }
        catch (CryptographicException ex)
        {
            // A lost or replaced key folder: the session is over, the person signs in again.
            logger.LogWarning(ex, "A sign-in session could not be opened with the current keys");
            return null;
        }
    }
}
