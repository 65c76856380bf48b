using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Home;

/// <summary>
/// The home page is the person's work queue: what waits for them or their institution, soonest deadline first
/// (what has no deadline follows, oldest first), each row pointing where the work is done. Every list is read
/// within the reader's scope: an institution's own referrals, cases and actions; the coordinator's office and the
/// secretaries see what their role keeps.
/// </summary>
public static class WorkQueue
{
    public enum Kind
    {
        /// <summary>A referral sent to my institution, not yet answered.</summary>
        ReferralToAnswer,

        /// <summary>A potential victim whose joint interview waits for my institution's side.</summary>
        JointInterview,

        /// <summary>My institution is offered the lead of a case.</summary>
        LeadOffer,

        /// <summary>A meeting gave my institution an action that is still open.</summary>
        MeetingAction,

        /// <summary>A referral my institution sent is past its answer deadline.</summary>
        LateAnswer,

        /// <summary>An open case my institution leads with nothing on its timeline for <see cref="Quiet"/>.</summary>
        QuietCase,

        /// <summary>The coordinator's office: any referral past its deadline.</summary>
        OverdueReferral,

        /// <summary>The coordinator's office: a potential victim whose identification is not decided yet.</summary>
        IdentificationWaiting,

        /// <summary>The coordinator's office: two records that look like one person, not yet linked.</summary>
        PossibleDuplicate,

        /// <summary>Secretaries: a held meeting whose minutes are not approved yet.</summary>
        MinutesToFinish,

        /// <summary>Secretaries: a meeting action past its date.</summary>
        OverdueAction,
    }

    /// <param name="Subject">A case number or a meeting's title: never a person's name.</param>
    /// <param name="Due">The deadline, in UTC; null when the work has none.</param>
    /// <param name="Since">Since when it waits (for work without a deadline).</param>
    public sealed record Item(Kind Kind, string Subject, DateTime? Due, DateTime Since, int? CaseId, int? ReferralId, int? MeetingId);

    /// <param name="More">For a kind with more rows than <see cref="Shown"/>, how many more there are.</param>
    public sealed record Model(IReadOnlyList<string> Roles, IReadOnlyList<Item> Items, IReadOnlyDictionary<Kind, int> More, DateTime Now);

    /// <summary>The rows read and the rows there are: the coordinator's lists are national, so each shows its most urgent.</summary>
    public sealed record Rows(IReadOnlyList<Item> Items, IReadOnlyDictionary<Kind, int> More)
    {
        public int Total => Items.Count + More.Values.Sum();
    }

    /// <summary>At most this many rows of one national kind are listed; the rest are counted, with a link to all.</summary>
    public const int Shown = 50;

    /// <summary>A new record that looks like one already held is listed for the coordinator's office this long.</summary>
    public static readonly TimeSpan DuplicateNews = TimeSpan.FromDays(30);

    /// <summary>How long an open case may go without an entry before it is listed as waiting.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromDays(30);

    /// <summary>
    /// One person's queue, read once per data version and minute: the home page and the menu's count read the same
    /// rows, so they always agree. The minute keeps what only time changes (a deadline passing) within a minute.
    /// </summary>
    private sealed record QueueOf(string UserId, int? Agency, string Roles, long Minute) : CachedRows<Rows>;

    public sealed class Handler(AppDbContext db, TimeProvider clock, VersionedCache cache)
    {
        public async Task<Model> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var rows = await ItemsAsync(user, cancellationToken);
            return new(Roles.All.Where(user.IsInRole).ToList(), rows.Items, rows.More, clock.GetUtcNow().UtcDateTime);
        }

        /// <summary>How many things wait: the menu's count beside "Home".</summary>
        public async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
            (await ItemsAsync(user, cancellationToken)).Total;

        private Task<Rows> ItemsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var key = new QueueOf(user.FindFirstValue(PortalClaims.UserId) ?? string.Empty, user.GetAgencyId(),
                string.Join(',', Roles.All.Where(user.IsInRole)), now.Ticks / TimeSpan.TicksPerMinute);
            return cache.GetAsync(key, () => ReadAsync(user, now, cancellationToken));
        }

        private async Task<Rows> ReadAsync(ClaimsPrincipal user, DateTime now, CancellationToken cancellationToken)
        {
            var items = new List<Item>();
            var more = new Dictionary<Kind, int>();
            if (user.IsInRole(Roles.Caseworker) && user.GetAgencyId() is { } agency)
            {
                items.AddRange(await CaseworkAsync(agency, now, cancellationToken));
            }

            if (user.IsInRole(Roles.Coordinator))
            {
                await CoordinationAsync(items, more, now, cancellationToken);
            }

            if (user.IsInRole(Roles.MeetingSecretary))
            {
                items.AddRange(await MeetingWorkAsync(user, now, cancellationToken));
            }

            return new Rows(items
                .OrderBy(i => i.Due is null)
                .ThenBy(i => i.Due ?? i.Since)
                .ThenBy(i => i.Subject, StringComparer.Ordinal)
                .ToList(), more);
        }

        /// <summary>
        /// The coordinator's office, nationally: referrals past their deadline (what the escalation page follows up),
        /// identifications not decided yet, oldest first, and records registered in the last <see cref="DuplicateNews"/>
        /// that look like a record already held and are not linked to it. Each list shows its <see cref="Shown"/> most
        /// urgent rows and counts the rest. Case numbers only.
        /// </summary>
        private async Task CoordinationAsync(List<Item> items, Dictionary<Kind, int> more, DateTime now, CancellationToken cancellationToken)
        {
            var overdue = db.Referrals.AsNoTracking().Where(Referral.OverdueAt(now));
            await AddAsync(Kind.OverdueReferral, overdue.OrderBy(r => r.DueAt)
                .Select(r => new Item(Kind.OverdueReferral, r.Case.Number, r.DueAt, r.SentAt, r.CaseId, r.Id, null)), () => overdue.CountAsync(cancellationToken));

            var undecided = db.Cases.AsNoTracking().Where(c => c.ClosedAt == null && c.Status == CaseStatus.PotentialVictim);
            await AddAsync(Kind.IdentificationWaiting, undecided.OrderBy(c => c.RegisteredAt)
                .Select(c => new Item(Kind.IdentificationWaiting, c.Number, null, c.RegisteredAt, c.Id, null, null)), () => undecided.CountAsync(cancellationToken));

            // The same match as a case page's (keyed hashes of the personal number, or of the name with the birth year ±1).
            var since = now - DuplicateNews;
            var matched = db.Cases.AsNoTracking().Where(c => c.RegisteredAt > since && db.Cases.Any(o => o.Id != c.Id && o.PersonKey != c.PersonKey
                && ((c.PersonalNumberHash != null && o.PersonalNumberHash == c.PersonalNumberHash)
                    || (o.NameHash == c.NameHash && (c.BirthYear == null || o.BirthYear == null || (o.BirthYear >= c.BirthYear - 1 && o.BirthYear <= c.BirthYear + 1))))));
            await AddAsync(Kind.PossibleDuplicate, matched.OrderBy(c => c.RegisteredAt)
                .Select(c => new Item(Kind.PossibleDuplicate, c.Number, null, c.RegisteredAt, c.Id, null, null)), () => matched.CountAsync(cancellationToken));

            async Task AddAsync(Kind kind, IQueryable<Item> rows, Func<Task<int>> count)
            {
                var total = await count();
                items.AddRange(await rows.Take(Shown).ToListAsync(cancellationToken));
                if (total > Shown)
                {
                    more[kind] = total - Shown;
                }
            }
        }

        private async Task<List<Item>> CaseworkAsync(int agency, DateTime now, CancellationToken cancellationToken)
        {
            var items = await db.Referrals.AsNoTracking()
                .Where(r => r.ReceivingAgencyId == agency && r.State == ReferralState.Sent)
                .Select(r => new Item(Kind.ReferralToAnswer, r.Case.Number, r.DueAt, r.SentAt, r.CaseId, r.Id, null))
                .ToListAsync(cancellationToken);
            items.AddRange(await db.Referrals.AsNoTracking()
                .Where(r => r.SendingAgencyId == agency).Where(Referral.OverdueAt(now))
                .Select(r => new Item(Kind.LateAnswer, r.Case.Number, r.DueAt, r.SentAt, r.CaseId, r.Id, null))
                .ToListAsync(cancellationToken));
            // The joint interview: a potential victim, open, and no finding yet from this institution's side in this round.
            items.AddRange(await db.Cases.AsNoTracking()
                .Where(c => c.ClosedAt == null && c.Status == CaseStatus.PotentialVictim
                    && ((c.PoliceAgencyId == agency && !c.Assessments.Any(a => a.Round == c.IdentificationRound && a.Side == AssessingSide.Police))
                        || (c.SocialServiceAgencyId == agency && !c.Assessments.Any(a => a.Round == c.IdentificationRound && a.Side == AssessingSide.SocialService))))
                .Select(c => new Item(Kind.JointInterview, c.Number, null, c.RegisteredAt, c.Id, null, null))
                .ToListAsync(cancellationToken));
            items.AddRange(await db.Cases.AsNoTracking()
                .Where(c => c.ProposedLeadAgencyId == agency)
                .Select(c => new Item(Kind.LeadOffer, c.Number, null, c.RegisteredAt, c.Id, null, null))
                .ToListAsync(cancellationToken));
            // An open case led here with no entry for a month: someone should look at it (the date is the last entry's).
            var quietSince = now - Quiet;
            items.AddRange(await db.Cases.AsNoTracking()
                .Where(c => c.LeadAgencyId == agency && c.ClosedAt == null && !c.Events.Any(e => e.At > quietSince))
                .Select(c => new Item(Kind.QuietCase, c.Number, null, c.Events.Max(e => e.At), c.Id, null, null))
                .ToListAsync(cancellationToken));
            var actions = await db.ActionItems.AsNoTracking()
                .Where(a => a.ResponsibleAgencyId == agency && a.State == ActionState.Open)
                .Select(a => new { a.MeetingId, a.Meeting.Title, a.DueOn, a.CreatedAt })
                .ToListAsync(cancellationToken);
            items.AddRange(actions.Select(a => new Item(Kind.MeetingAction, a.Title, PortalTime.ToUtc(a.DueOn.ToDateTime(TimeOnly.MaxValue)), a.CreatedAt, null, null, a.MeetingId)));
            return items;
        }

        private async Task<List<Item>> MeetingWorkAsync(ClaimsPrincipal user, DateTime now, CancellationToken cancellationToken)
        {
            var items = await db.Meetings.AsNoTracking().Visible(user)
                .Where(m => m.StartsAt < now && (m.State == MeetingState.Held || m.State == MeetingState.Circulated || m.State == MeetingState.Planned))
                .Select(m => new Item(Kind.MinutesToFinish, m.Title, null, m.StartsAt, null, null, m.Id))
                .ToListAsync(cancellationToken);
            var today = PortalTime.Today(clock);
            var overdue = await db.ActionItems.AsNoTracking()
                .Where(a => a.State == ActionState.Open && a.DueOn < today && db.Meetings.Visible(user).Any(m => m.Id == a.MeetingId))
                .Select(a => new { a.MeetingId, a.Meeting.Title, a.DueOn, a.CreatedAt })
                .ToListAsync(cancellationToken);
            items.AddRange(overdue.Select(a => new Item(Kind.OverdueAction, a.Title, PortalTime.ToUtc(a.DueOn.ToDateTime(TimeOnly.MaxValue)), a.CreatedAt, null, null, a.MeetingId)));
            return items;
        }
    }
}
