using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Referrals;

/// <summary>An agency's referrals: incoming (overdue first), in progress, and outgoing. Case numbers only, no names.</summary>
public static class Inbox
{
    public sealed record Row(int Id, int CaseId, string CaseNumber, string OtherAgency, ReferralServices Services, Urgency Urgency,
        ReferralState State, DateTime SentAt, DateTime DueAt, bool IsOverdue);

    public sealed record Model(IReadOnlyList<Row> Incoming, IReadOnlyList<Row> InProgress, IReadOnlyList<Row> Outgoing);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>Each list shows this many, most urgent first; more than that is a backlog for the escalation page, not a page.</summary>
        private const int Shown = 100;

        public async Task<Model> HandleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var agency = user.GetAgencyId() ?? 0;
            var now = clock.GetUtcNow().UtcDateTime;
            var received = db.Referrals.AsNoTracking().Where(r => r.ReceivingAgencyId == agency);

            var incoming = await received.Where(r => r.State == ReferralState.Sent)
                .OrderBy(r => r.DueAt).Take(Shown)
                .Select(r => new Row(r.Id, r.CaseId, r.Case.Number, r.SendingAgency.Name, r.Services, r.Urgency, r.State, r.SentAt, r.DueAt, r.DueAt < now))
                .ToListAsync(cancellationToken);
            var working = await received.Where(r => r.State == ReferralState.Accepted || r.State == ReferralState.InProgress)
                .OrderBy(r => r.SentAt).Take(Shown)
                .Select(r => new Row(r.Id, r.CaseId, r.Case.Number, r.SendingAgency.Name, r.Services, r.Urgency, r.State, r.SentAt, r.DueAt, false))
                .ToListAsync(cancellationToken);
            var outgoing = await db.Referrals.AsNoTracking().Where(r => r.SendingAgencyId == agency)
                .OrderByDescending(r => r.SentAt).Take(Shown)
                .Select(r => new Row(r.Id, r.CaseId, r.Case.Number, r.ReceivingAgency.Name, r.Services, r.Urgency, r.State, r.SentAt, r.DueAt,
                    r.State == ReferralState.Sent && r.DueAt < now))
                .ToListAsync(cancellationToken);
            return new Model(incoming, working, outgoing);
        }

        /// <summary>For the menu: referrals waiting for this agency's answer.</summary>
        public Task<int> WaitingCountAsync(int agencyId) =>
            db.Referrals.CountAsync(r => r.ReceivingAgencyId == agencyId && r.State == ReferralState.Sent);
    }
}
