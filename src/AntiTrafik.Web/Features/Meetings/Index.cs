using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Meetings;

/// <summary>The meetings a person may see, as a list or a month calendar, filtered by kind, county and period.</summary>
public static class Index
{
    public sealed record Query(MeetingKind? Kind = null, int? CountyId = null, DateOnly? From = null, DateOnly? To = null, string? Month = null, bool Calendar = false);

    public sealed record Row(int Id, string Title, MeetingKind Kind, DateTime StartsAtLocal, string? Place, MeetingState State);

    public sealed record Model(Query Query, IReadOnlyList<Row> Rows, DateOnly MonthStart, IReadOnlyList<SelectListItem> Counties);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        private const int ListLimit = 500;

        public async Task<Model> HandleAsync(Query query, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var meetings = db.Meetings.Visible(user).AsNoTracking();
            if (query.Kind is { } kind)
            {
                meetings = meetings.Where(m => m.Kind == kind);
            }

            if (query.CountyId is { } county)
            {
                meetings = meetings.Where(m => m.CountyId == county);
            }

            var today = DateOnly.FromDateTime(PortalTime.ToLocal(clock.GetUtcNow().UtcDateTime));
            var month = DateOnly.TryParseExact(query.Month + "-01", "yyyy-MM-dd", out var parsed) ? parsed : new DateOnly(today.Year, today.Month, 1);
            var (from, to) = query.Calendar ? (month, month.AddMonths(1).AddDays(-1)) : (query.From, query.To);
            if (from is { } start)
            {
                var startUtc = PortalTime.ToUtc(start.ToDateTime(TimeOnly.MinValue));
                meetings = meetings.Where(m => m.StartsAt >= startUtc);
            }

            if (to is { } end)
            {
                var endUtc = PortalTime.ToUtc(end.AddDays(1).ToDateTime(TimeOnly.MinValue));
                meetings = meetings.Where(m => m.StartsAt < endUtc);
            }

            var rows = await (query.Calendar ? meetings.OrderBy(m => m.StartsAt) : meetings.OrderByDescending(m => m.StartsAt))
                .Take(ListLimit)
                .Select(m => new { m.Id, m.Title, m.Kind, m.StartsAt, m.City, m.Venue, m.State })
                .ToListAsync(cancellationToken);
            var counties = await db.Counties.AsNoTracking().OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToListAsync(cancellationToken);
            return new Model(query,
                rows.Select(r => new Row(r.Id, r.Title, r.Kind, PortalTime.ToLocal(r.StartsAt), string.Join(", ", new[] { r.Venue, r.City }.Where(x => x is not null)), r.State)).ToList(),
                month, counties);
        }
    }
}
