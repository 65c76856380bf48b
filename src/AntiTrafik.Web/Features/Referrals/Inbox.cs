using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Referrals;

/// <summary>An agency's referrals: incoming (most urgent first), in progress (oldest first), and outgoing (newest first), a page each. Case numbers only, no names.</summary>
public static class Inbox
{
    public const int PageSize = 25;

    public enum List
    {
        Incoming,
        InProgress,
        Outgoing,
    }

    /// <summary>The page of each list; anything out of range is brought back into it.</summary>
    public sealed record Query(int Incoming = 1, int InProgress = 1, int Outgoing = 1)
    {
        public Query WithPage(List list, int page) => list switch
        {
            List.Incoming => this with { Incoming = page },
            List.InProgress => this with { InProgress = page },
            _ => this with { Outgoing = page },
        };
    }

    public sealed record Row(int Id, int CaseId, string CaseNumber, string OtherAgency, ReferralServices Services, Urgency Urgency,
        ReferralState State, DateTime SentAt, DateTime DueAt, bool IsOverdue);

    public sealed record ListPage(List List, IReadOnlyList<Row> Rows, int Total, int Page)
    {
        public int Pages => Paging.PagesFor(Total, PageSize);
    }

    public sealed record Model(Query Query, ListPage Incoming, ListPage InProgress, ListPage Outgoing);

    private sealed record Raw(int Id, int CaseId, string CaseNumber, int OtherAgencyId, ReferralServices Services, Urgency Urgency,
        ReferralState State, DateTime SentAt, DateTime DueAt);

    private sealed record Totals(int Incoming, int InProgress, int Outgoing);

    // What is cached, per agency and page, until the next save.
    private sealed record TotalsOf(int Agency) : CachedRead<Totals>;

    private sealed record IncomingOf(int Agency, int Page) : CachedRows<List<Raw>>;

    private sealed record WorkingOf(int Agency, int Page) : CachedRows<List<Raw>>;

    private sealed record OutgoingOf(int Agency, int Page) : CachedRows<List<Raw>>;

    public sealed class Handler(AppDbContext db, ReferenceNames names, VersionedCache cache, TimeProvider clock)
    {
        public async Task<Model> HandleAsync(Query query, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var agency = user.GetAgencyId() ?? 0;
            var now = clock.GetUtcNow().UtcDateTime;
            var directory = await names.GetAsync(cancellationToken);
            // Totals and pages change only when something is saved: cached until then, per agency and page.
            var totals = await cache.GetAsync(new TotalsOf(agency), async () => new Totals(
                    await Received(agency, ReferralState.Sent).CountAsync(cancellationToken),
                    await Received(agency, ReferralState.Accepted).CountAsync(cancellationToken)
                        + await Received(agency, ReferralState.InProgress).CountAsync(cancellationToken),
                    await db.Referrals.CountAsync(r => r.SendingAgencyId == agency, cancellationToken)));

            var incomingPage = Paging.Within(query.Incoming, totals.Incoming, PageSize);
            var incoming = await cache.GetAsync(new IncomingOf(agency, incomingPage),
                () => IncomingPage(db, agency, (incomingPage - 1) * PageSize, PageSize).ToListAsync(cancellationToken).AsTask());

            // Accepted and in progress, oldest first: each state is read in index order up to this page and the two
            // are merged here, so the database never sorts all of an agency's open referrals.
            var workingPage = Paging.Within(query.InProgress, totals.InProgress, PageSize);
            var working = await cache.GetAsync(new WorkingOf(agency, workingPage), async () =>
            {
                var upTo = workingPage * PageSize;
                var accepted = await OldestReceived(db, agency, ReferralState.Accepted, upTo).ToListAsync(cancellationToken);
                var inProgress = await OldestReceived(db, agency, ReferralState.InProgress, upTo).ToListAsync(cancellationToken);
                return accepted.Concat(inProgress).OrderBy(r => r.SentAt).ThenBy(r => r.Id).Skip(upTo - PageSize).Take(PageSize).ToList();
            });

            var outgoingPage = Paging.Within(query.Outgoing, totals.Outgoing, PageSize);
            var outgoing = await cache.GetAsync(new OutgoingOf(agency, outgoingPage),
                () => OutgoingPage(db, agency, (outgoingPage - 1) * PageSize, PageSize).ToListAsync(cancellationToken).AsTask());

            Row ToRow(Raw r, bool overdue) => new(r.Id, r.CaseId, r.CaseNumber, directory.Agency(r.OtherAgencyId), r.Services, r.Urgency, r.State, r.SentAt, r.DueAt, overdue);
            var page = new Query(incomingPage, workingPage, outgoingPage);
            return new Model(page,
                new ListPage(List.Incoming, incoming.Select(r => ToRow(r, Referral.IsOverdue(r.State, r.DueAt, now))).ToList(), totals.Incoming, incomingPage),
                new ListPage(List.InProgress, working.Select(r => ToRow(r, false)).ToList(), totals.InProgress, workingPage),
                new ListPage(List.Outgoing, outgoing.Select(r => ToRow(r, Referral.IsOverdue(r.State, r.DueAt, now))).ToList(), totals.Outgoing, outgoingPage));
        }

        private IQueryable<Referral> Received(int agency, ReferralState state) =>
            db.Referrals.AsNoTracking().Where(r => r.ReceivingAgencyId == agency && r.State == state);

        // A row's columns; the other institution is the sender for what this agency received, the receiver for what it sent.
        private static readonly System.Linq.Expressions.Expression<Func<Referral, Raw>> ReceivedRow =
            r => new Raw(r.Id, r.CaseId, r.Case.Number, r.SendingAgencyId, r.Services, r.Urgency, r.State, r.SentAt, r.DueAt);

        private static readonly System.Linq.Expressions.Expression<Func<Referral, Raw>> SentRow =
            r => new Raw(r.Id, r.CaseId, r.Case.Number, r.ReceivingAgencyId, r.Services, r.Urgency, r.State, r.SentAt, r.DueAt);

        // The page's rows as compiled queries: the inbox is opened often, and building and translating four LINQ
        // trees each time was a fifth of its handler's time.
        private static readonly Func<AppDbContext, int, int, int, IAsyncEnumerable<Raw>> IncomingPage = EF.CompileAsyncQuery(
            (AppDbContext db, int agency, int skip, int take) => db.Referrals.AsNoTracking()
                .Where(r => r.ReceivingAgencyId == agency && r.State == ReferralState.Sent)
                .OrderBy(r => r.DueAt).ThenBy(r => r.Id).Skip(skip).Take(take)
                .Select(ReceivedRow));

        private static readonly Func<AppDbContext, int, ReferralState, int, IAsyncEnumerable<Raw>> OldestReceived = EF.CompileAsyncQuery(
            (AppDbContext db, int agency, ReferralState state, int take) => db.Referrals.AsNoTracking()
                .Where(r => r.ReceivingAgencyId == agency && r.State == state)
                .OrderBy(r => r.SentAt).ThenBy(r => r.Id).Take(take)
                .Select(ReceivedRow));

        private static readonly Func<AppDbContext, int, int, int, IAsyncEnumerable<Raw>> OutgoingPage = EF.CompileAsyncQuery(
            (AppDbContext db, int agency, int skip, int take) => db.Referrals.AsNoTracking()
                .Where(r => r.SendingAgencyId == agency)
                .OrderByDescending(r => r.SentAt).ThenByDescending(r => r.Id).Skip(skip).Take(take)
                .Select(SentRow));

    }
}
