using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Audit;

/// <summary>The audit trail for the coordinator's office: read-only, filtered, newest first, paged by entry number.</summary>
public static class Index
{
    public sealed record Query(AuditAction? Kind = null, string? User = null, string? EntityId = null, DateOnly? From = null, DateOnly? To = null, long? Before = null);

    public sealed record Row(long Id, DateTime At, string? User, string? Agency, string? Role, string? IpAddress, AuditAction Action, string EntityType, string? EntityId, string? Fields);

    public sealed record Model(Query Query, IReadOnlyList<Row> Rows, long? NextBefore);

    public sealed class Handler(AppDbContext db)
    {
        public const int PageSize = 50;

        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var entries = db.AuditTrail.AsNoTracking();
            if (query.Kind is { } action)
            {
                entries = entries.Where(e => e.Action == action);
            }

            if (!string.IsNullOrWhiteSpace(query.User))
            {
                var term = query.User.Trim().ToUpperInvariant();
#pragma warning disable MA0011 // translated to SQL UPPER: the database raises the case, not .NET
                var ids = db.Users.Where(u => u.NormalizedEmail!.Contains(term) || u.FullName.ToUpper().Contains(term)).Select(u => u.Id);
#pragma warning restore MA0011
                entries = entries.Where(e => ids.Contains(e.UserId!));
            }

            if (!string.IsNullOrWhiteSpace(query.EntityId))
            {
                entries = entries.Where(e => e.EntityId == query.EntityId.Trim());
            }

            if (query.From is { } from)
            {
                var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                entries = entries.Where(e => e.At >= start);
            }

            if (query.To is { } to)
            {
                var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                entries = entries.Where(e => e.At < end);
            }

            if (query.Before is { } before)
            {
                entries = entries.Where(e => e.Id < before);
            }

            // Keyset paging on the entry number: as fast on the millionth page as on the first.
            var rows = await entries.OrderByDescending(e => e.Id).Take(PageSize + 1)
                .Select(e => new Row(e.Id, e.At,
                    db.Users.Where(u => u.Id == e.UserId).Select(u => u.FullName).FirstOrDefault(),
                    db.Agencies.Where(a => a.Id == e.AgencyId).Select(a => a.Name).FirstOrDefault(),
                    e.Role, e.IpAddress, e.Action, e.EntityType, e.EntityId, e.Fields))
                .ToListAsync(cancellationToken);
            var next = rows.Count > PageSize ? rows[PageSize - 1].Id : (long?)null;
            return new Model(query, rows.Take(PageSize).ToList(), next);
        }
    }
}
