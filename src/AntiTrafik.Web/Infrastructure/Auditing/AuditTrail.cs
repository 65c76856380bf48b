using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Infrastructure.Auditing;

/// <summary>The keyed hash that chains audit entries; without the key (kept outside the database) a forged chain cannot be recomputed.</summary>
public sealed class AuditChain(HashingKey key)
{
    private readonly byte[] _key = key.For("audit-chain");

    public string HashOf(AuditEntry entry) =>
        Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(entry.Canonical())));
}

public sealed record AuditVerification(bool Intact, long Entries, long? BrokenAt);

/// <summary>
/// Appends to the audit trail: who (user, agency, role), when, from where, what, which record, which fields.
/// Never values. Entries are numbered one after another and each is hashed with the previous entry's hash;
/// appends in this process take turns, and a second instance taking the same number fails and retries.
/// Callers record after their own change is saved.
/// </summary>
public sealed class AuditTrail(AppDbContext db, IHttpContextAccessor http, AuditChain chain, TimeProvider clock, ILogger<AuditTrail> logger)
{
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <param name="user">Who acted: the request's user, or the principal a background task acts as.</param>
    /// <param name="userIdOverride">For sign-in attempts, made before there is a signed-in principal.</param>
    public async Task RecordAsync(AuditAction action, string entityType, object? entityId, string? fields, ClaimsPrincipal? user, string? userIdOverride = null)
    {
        await Turn.WaitAsync();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var last = await db.AuditTrail.AsNoTracking().OrderByDescending(a => a.Id)
                    .Select(a => new { a.Id, a.Hash }).FirstOrDefaultAsync();
                var entry = new AuditEntry
                {
                    Id = (last?.Id ?? 0) + 1,
                    At = clock.GetUtcNow().UtcDateTime,
                    UserId = userIdOverride ?? user?.FindFirstValue(PortalClaims.UserId),
                    AgencyId = user?.GetAgencyId(),
                    Role = user is null ? null : Roles.All.FirstOrDefault(user.IsInRole),
                    IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
                    Action = action,
                    EntityType = entityType,
                    EntityId = entityId?.ToString(),
                    Fields = fields,
                    PreviousHash = last?.Hash ?? string.Empty,
                };
                entry.Hash = chain.HashOf(entry);
                db.AuditTrail.Add(entry);
                try
                {
                    await db.SaveChangesAsync();
                    db.Entry(entry).State = EntityState.Detached;
                    return;
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    db.Entry(entry).State = EntityState.Detached;
                    logger.LogInformation("Audit entry {Id} was taken by another instance; retrying", entry.Id);
                }
            }
        }
        finally
        {
            Turn.Release();
        }
    }

    /// <summary>Walks the whole trail in order; reports the first entry whose number, link or hash is wrong.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        const int batch = 2000;
        long expected = 1, after = 0;
        var previous = string.Empty;
        while (true)
        {
            var entries = await db.AuditTrail.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(batch).ToListAsync(cancellationToken);
            foreach (var entry in entries)
            {
                if (entry.Id != expected)
                {
                    return new AuditVerification(false, expected - 1, expected);
                }

                if (entry.PreviousHash != previous || chain.HashOf(entry) != entry.Hash)
                {
                    return new AuditVerification(false, expected - 1, entry.Id);
                }

                previous = entry.Hash;
                expected++;
            }

            if (entries.Count < batch)
            {
                return new AuditVerification(true, expected - 1, null);
            }

            after = entries[^1].Id;
        }
    }
}
