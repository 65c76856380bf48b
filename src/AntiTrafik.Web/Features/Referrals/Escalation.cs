using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Referrals;

/// <summary>The coordinator's escalation page: overdue referrals by agency, and how fast each agency answers.</summary>
public static class Escalation
{
    public sealed record Overdue(int Id, int CaseId, string CaseNumber, string Sender, Urgency Urgency, DateTime DueAt, double HoursLate);

    public sealed record AgencyRow(string Agency, IReadOnlyList<Overdue> Overdue, double? MedianResponseHours, int Answered);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<AgencyRow>> HandleAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var overdue = await db.Referrals.AsNoTracking()
                .Where(Referral.OverdueAt(now))
                .OrderBy(r => r.DueAt)
                .Select(r => new { r.ReceivingAgency.Name, Row = new Overdue(r.Id, r.CaseId, r.Case.Number, r.SendingAgency.Name, r.Urgency, r.DueAt, 0) })
                .ToListAsync(cancellationToken);
            var answered = await db.Referrals.AsNoTracking()
                .Where(r => r.AnsweredAt != null)
                .Select(r => new { r.ReceivingAgency.Name, r.SentAt, AnsweredAt = r.AnsweredAt!.Value })
                .ToListAsync(cancellationToken);

            var medians = answered.GroupBy(a => a.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (Median: Median(g.Select(a => (a.AnsweredAt - a.SentAt).TotalHours)), Count: g.Count()), StringComparer.Ordinal);
            var overdueByAgency = overdue.GroupBy(o => o.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(o => o.Row with { HoursLate = (now - o.Row.DueAt).TotalHours }).ToList(), StringComparer.Ordinal);

            return medians.Keys.Union(overdueByAgency.Keys, StringComparer.Ordinal)
                .Select(name => new AgencyRow(name,
                    overdueByAgency.GetValueOrDefault(name) ?? [],
                    medians.TryGetValue(name, out var m) ? m.Median : null,
                    medians.TryGetValue(name, out var c) ? c.Count : 0))
                .OrderByDescending(r => r.Overdue.Count).ThenBy(r => r.Agency, StringComparer.CurrentCulture)
                .ToList();
        }

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
