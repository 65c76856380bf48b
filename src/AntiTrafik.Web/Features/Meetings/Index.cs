using System.Globalization;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using AntiTrafik.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Meetings;

/// <summary>The meetings a person may see, as a list or a month calendar, filtered by kind, county and period.</summary>
public static class Index
{
    public sealed record Query(MeetingKind? Kind = null, int? CountyId = null, DateOnly? From = null, DateOnly? To = null, string? Month = null, bool Calendar = false);

    public sealed record Row(int Id, string Title, MeetingKind Kind, DateTime StartsAtLocal, string? Place, MeetingState State);

    /// <param name="CanSchedule">Whether the reader may schedule a meeting (the policy of the page it leads to).</param>
    public sealed record Model(Query Query, IReadOnlyList<Row> Rows, DateOnly MonthStart, IReadOnlyList<SelectListItem> Counties, bool CanSchedule);

    /// <summary>
    /// The query with every date the portal's rule finds implausible (a month or day before 1990 or far in the future)
    /// left out, each with its reason in <paramref name="modelState"/> for the page to show.
    /// </summary>
    public static Query Plausible(Query query, ModelStateDictionary modelState, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        var month = query.Month;
        if (!string.IsNullOrEmpty(month))
        {
            if (MonthOf(month) is not { } start)
            {
                modelState.AddModelError(nameof(Query.Month), l["The value is not valid for {0}.", l["Month"]]);
                month = null;
            }
            else if (DateRules.Filter(start, nameof(Query.Month), modelState, clock, l) is null
                || DateRules.Filter(start.AddMonths(1).AddDays(-1), nameof(Query.Month), modelState, clock, l) is null)
            {
                month = null;
            }
        }

        return query with
        {
            Month = month,
            From = DateRules.Filter(query.From, nameof(Query.From), modelState, clock, l),
            To = DateRules.Filter(query.To, nameof(Query.To), modelState, clock, l),
        };
    }

    /// <summary>The first day of a month written as yyyy-MM, or null.</summary>
    public static DateOnly? MonthOf(string? month) =>
        month is { Length: 7 } && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var parsed) ? parsed : null;

    public sealed class Handler(AppDbContext db, IAuthorizationService authorization, TimeProvider clock)
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

            var today = PortalTime.Today(clock);
            var month = MonthOf(query.Month) ?? new DateOnly(today.Year, today.Month, 1);
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
            var counties = await db.Counties.AsNoTracking().OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
            return new Model(query,
                rows.Select(r => new Row(r.Id, r.Title, r.Kind, PortalTime.ToLocal(r.StartsAt), string.Join(", ", new[] { r.Venue, r.City }.Where(x => x is not null)), r.State)).ToList(),
                month, counties, (await authorization.AuthorizeAsync(user, Policies.MeetingRecordKeeping)).Succeeded);
        }
    }
}
