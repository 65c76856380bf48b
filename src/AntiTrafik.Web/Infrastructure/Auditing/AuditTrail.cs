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
/// Writes audit entries one after another from a single queue: each request hands its entry over and waits
/// until it is committed, and entries arriving together are chained and committed in one transaction.
/// Entries are numbered without gaps and each is hashed with the previous entry's hash; a second instance
/// taking the same numbers makes the commit fail, and the batch is chained again after the other's entries.
/// </summary>
public sealed class AuditWriter(IServiceScopeFactory scopes, AuditChain chain, ILogger<AuditWriter> logger)
{
    private const int MaxBatch = 500;
    private readonly System.Threading.Channels.Channel<(AuditEntry Entry, TaskCompletionSource Done)> _queue =
        System.Threading.Channels.Channel.CreateUnbounded<(AuditEntry, TaskCompletionSource)>(new() { SingleReader = true });
    private int _started;

    public Task AppendAsync(AuditEntry entry)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(WriteLoopAsync);
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Writer.TryWrite((entry, done));
        return done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<(AuditEntry Entry, TaskCompletionSource Done)>();
            while (batch.Count < MaxBatch && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                await CommitAsync(batch.Select(b => b.Entry).ToList());
                batch.ForEach(b => b.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Audit entries could not be written");
                batch.ForEach(b => b.Done.TrySetException(ex));
            }
        }
    }

    private async Task CommitAsync(List<AuditEntry> entries)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var last = await db.AuditTrail.AsNoTracking().OrderByDescending(a => a.Id).Select(a => new { a.Id, a.Hash }).FirstOrDefaultAsync();
            var (id, previous) = (last?.Id ?? 0, last?.Hash ?? string.Empty);
            foreach (var entry in entries)
            {
                entry.Id = ++id;
                entry.PreviousHash = previous;
                entry.Hash = previous = chain.HashOf(entry);
            }

            db.AuditTrail.AddRange(entries);
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                logger.LogInformation("Audit entries from {Id} were taken by another instance; chaining again", entries[0].Id);
            }
        }
    }
}

/// <summary>
/// Records to the audit trail: who (user, agency, role), when, from where, what, which record, which fields.
/// Never values. Callers record after their own change is saved; the call returns once the entry is committed.
/// </summary>
public sealed class AuditTrail(AppDbContext db, IHttpContextAccessor http, AuditChain chain, AuditWriter writer, TimeProvider clock)
{
    /// <param name="user">Who acted: the request's user, or the principal a background task acts as.</param>
    /// <param name="userIdOverride">For sign-in attempts, made before there is a signed-in principal.</param>
    public Task RecordAsync(AuditAction action, string entityType, object? entityId, string? fields, ClaimsPrincipal? user, string? userIdOverride = null) =>
        writer.AppendAsync(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = userIdOverride ?? user?.FindFirstValue(PortalClaims.UserId),
            AgencyId = user?.GetAgencyId(),
            Role = user is null ? null : Roles.All.FirstOrDefault(user.IsInRole),
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Action = action,
            EntityType = entityType,
            EntityId = entityId?.ToString(),
            Fields = fields,
        });

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
