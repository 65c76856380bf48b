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

        /// <summary>An assistance plan of a case my institution leads is due for review within <see cref="ReviewNotice"/>, or late.</summary>
        PlanReviewDue,

        /// <summary>A child's case my institution leads misses a step of the child's pathway (guardian, best-interests assessment or determination).</summary>
        ChildStepDue,

        /// <summary>Supervisors: a plan or a review of my institution's case waits for approval.</summary>
        PlanToApprove,

        /// <summary>The coordinator's office: an open case's plan review is late.</summary>
        PlanReviewLate,

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

    /// <summary>The rows read and the rows there are: each kind shows its most urgent (the coordinator's lists are national,
    /// and an institution may hold thousands of open cases).</summary>
    public sealed record Rows(IReadOnlyList<Item> Items, IReadOnlyDictionary<Kind, int> More)
    {
        public int Total => Items.Count + More.Values.Sum();
    }

    /// <summary>At most this many rows of one kind are listed; the rest are counted, with a link to all.</summary>
    public const int Shown = 50;

    /// <summary>Beyond this many rows of one kind the count stops: "more than" is all anyone needs, and counting every
    /// overdue referral of a busy institution would cost a read of each on every page.</summary>
    public const int Counted = 1000;

    /// <summary>The rows beyond those shown were counted only up to <see cref="Counted"/>.</summary>
    public static bool IsCountedOnlyInPart(int more) => Shown + more > Counted;

    /// <summary>A new record that looks like one already held is listed for the coordinator's office this long.</summary>
    public static readonly TimeSpan DuplicateNews = TimeSpan.FromDays(30);

    /// <summary>A plan's review enters the queue this long before it is due.</summary>
    public const int ReviewNotice = 14;

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
            var read = new Reading(cancellationToken);
            if (user.IsCaseStaff() && user.GetAgencyId() is { } agency)
            {
                await CaseworkAsync(read, agency, now);
            }

            if (user.IsSupervisor() && user.GetAgencyId() is { } supervised)
            {
                await ApprovalsAsync(read, supervised, user.GetUserId() ?? string.Empty);
            }

            if (user.IsInRole(Roles.Coordinator))
            {
                await CoordinationAsync(read, now);
            }

            if (user.IsInRole(Roles.MeetingSecretary))
            {
                await MeetingWorkAsync(read, user, now);
            }

            return new Rows(read.Items
                .OrderBy(i => i.Due is null)
                .ThenBy(i => i.Due ?? i.Since)
                .ThenBy(i => i.Subject, StringComparer.Ordinal)
                .ToList(), read.More);
        }

        /// <summary>
        /// A caseworker's institution: referrals to answer, answers late from others, joint interviews waiting for its side,
        /// lead offers, open cases it leads with nothing on their timeline for <see cref="Quiet"/>, and its open meeting actions.
        /// </summary>
        private async Task CaseworkAsync(Reading read, int agency, DateTime now)
        {
            await read.AddAsync(Kind.ReferralToAnswer, db.Referrals.AsNoTracking()
                .Where(r => r.ReceivingAgencyId == agency && r.State == ReferralState.Sent),
                waiting => waiting.OrderBy(r => r.DueAt)
                    .Select(r => new Item(Kind.ReferralToAnswer, r.Case.Number, r.DueAt, r.SentAt, r.CaseId, r.Id, null)));
            await read.AddAsync(Kind.LateAnswer, db.Referrals.AsNoTracking()
                .Where(r => r.SendingAgencyId == agency).Where(Referral.OverdueAt(now)),
                waiting => waiting.OrderBy(r => r.DueAt)
                    .Select(r => new Item(Kind.LateAnswer, r.Case.Number, r.DueAt, r.SentAt, r.CaseId, r.Id, null)));
            // The joint interview: a potential victim, open, and no finding yet from this institution's side in this round.
            await read.AddAsync(Kind.JointInterview, db.Cases.AsNoTracking()
                .Where(c => c.ClosedAt == null && c.Status == CaseStatus.PotentialVictim
                    && ((c.PoliceAgencyId == agency && !c.Assessments.Any(a => a.Round == c.IdentificationRound && a.Side == AssessingSide.Police))
                        || (c.SocialServiceAgencyId == agency && !c.Assessments.Any(a => a.Round == c.IdentificationRound && a.Side == AssessingSide.SocialService)))),
                waiting => waiting.OrderBy(c => c.RegisteredAt)
                    .Select(c => new Item(Kind.JointInterview, c.Number, null, c.RegisteredAt, c.Id, null, null)));
            await read.AddAsync(Kind.LeadOffer, db.Cases.AsNoTracking()
                .Where(c => c.ProposedLeadAgencyId == agency),
                waiting => waiting.OrderBy(c => c.RegisteredAt)
                    .Select(c => new Item(Kind.LeadOffer, c.Number, null, c.RegisteredAt, c.Id, null, null)));
            // An open case led here with no entry for a month: someone should look at it (the date is the last entry's; the
            // oldest registrations are listed first, which needs no entry read for the cases not listed).
            var quietSince = now - Quiet;
            await read.AddAsync(Kind.QuietCase, db.Cases.AsNoTracking()
                .Where(c => c.LeadAgencyId == agency && c.ClosedAt == null && !c.Events.Any(e => e.At > quietSince)),
                waiting => waiting.OrderBy(c => c.RegisteredAt)
                    .Select(c => new Item(Kind.QuietCase, c.Number, null, c.Events.Max(e => (DateTime?)e.At) ?? c.RegisteredAt, c.Id, null, null)));
            // A plan's review, from two weeks before it is due, until a review is recorded (then it waits for approval instead).
            var soon = PortalTime.Today(clock).AddDays(ReviewNotice);
            await read.AddAsync(Kind.PlanReviewDue, db.AssistancePlans.AsNoTracking()
                .Where(p => p.NextReviewDue <= soon && p.State == ApprovalState.Approved && !p.Reviews.Any(r => r.State == ApprovalState.Submitted)
                    && db.Cases.Any(c => c.Id == p.CaseId && c.LeadAgencyId == agency && c.ClosedAt == null)),
                waiting => waiting.OrderBy(p => p.NextReviewDue)
                    .Select(p => new { p.CaseId, Number = db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.Number).First(), p.NextReviewDue, p.CreatedAt }),
                p => new Item(Kind.PlanReviewDue, p.Number, PortalTime.ToUtc(p.NextReviewDue!.Value.ToDateTime(TimeOnly.MaxValue)), p.CreatedAt, p.CaseId, null, null));
            // A child's pathway: the first step missing, due a set number of days after identification (ChildPathway).
            await read.AddAsync(Kind.ChildStepDue, db.Cases.AsNoTracking()
                .Where(c => c.LeadAgencyId == agency && c.IsMinor && c.ClosedAt == null
                    && !db.ChildPathways.Any(p => p.CaseId == c.Id && p.GuardianAppointedOn != null && p.AssessedOn != null && p.DeterminedOn != null)),
                waiting => waiting.OrderBy(c => c.IdentifiedOn)
                    .Select(c => new
                    {
                        c.Id,
                        c.Number,
                        c.IdentifiedOn,
                        c.RegisteredAt,
                        Pathway = db.ChildPathways.Where(p => p.CaseId == c.Id).Select(p => new { p.GuardianAppointedOn, p.AssessedOn, p.DeterminedOn }).FirstOrDefault(),
                    }),
                c => new Item(Kind.ChildStepDue, c.Number,
                    PortalTime.ToUtc(ChildPathway.NextStep(c.IdentifiedOn, c.Pathway?.GuardianAppointedOn, c.Pathway?.AssessedOn, c.Pathway?.DeterminedOn)!.Value.Due.ToDateTime(TimeOnly.MaxValue)),
                    c.RegisteredAt, c.Id, null, null));
            await read.AddAsync(Kind.MeetingAction, db.ActionItems.AsNoTracking()
                .Where(a => a.ResponsibleAgencyId == agency && a.State == ActionState.Open),
                waiting => waiting.OrderBy(a => a.DueOn)
                    .Select(a => new { a.MeetingId, a.Meeting.Title, a.DueOn, a.CreatedAt }),
                a => new Item(Kind.MeetingAction, a.Title, PortalTime.ToUtc(a.DueOn.ToDateTime(TimeOnly.MaxValue)), a.CreatedAt, null, null, a.MeetingId));
        }

        /// <summary>A supervisor: plans and reviews of the cases the institution leads, sent for approval by someone else, oldest first.</summary>
        private async Task ApprovalsAsync(Reading read, int agency, string me)
        {
            await read.AddAsync(Kind.PlanToApprove, db.AssistancePlans.AsNoTracking()
                .Where(p => ((p.State == ApprovalState.Submitted && p.SubmittedById != me) || p.Reviews.Any(r => r.State == ApprovalState.Submitted && r.WrittenById != me))
                    && db.Cases.Any(c => c.Id == p.CaseId && c.LeadAgencyId == agency && c.ClosedAt == null)),
                waiting => waiting.OrderBy(p => p.UpdatedAt ?? p.CreatedAt)
                    .Select(p => new Item(Kind.PlanToApprove, db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.Number).First(), null,
                        p.UpdatedAt ?? p.CreatedAt, p.CaseId, null, null)));
        }

        /// <summary>
        /// The coordinator's office, nationally: referrals past their deadline (what the escalation page follows up),
        /// identifications not decided yet, oldest first, and records registered in the last <see cref="DuplicateNews"/>
        /// that look like a record already held and are not linked to it. Case numbers only.
        /// </summary>
        private async Task CoordinationAsync(Reading read, DateTime now)
        {
            await read.AddAsync(Kind.OverdueReferral, db.Referrals.AsNoTracking().Where(Referral.OverdueAt(now)),
                waiting => waiting.OrderBy(r => r.DueAt)
                    .Select(r => new Item(Kind.OverdueReferral, r.Case.Number, r.DueAt, r.SentAt, r.CaseId, r.Id, null)));
            var today = PortalTime.Today(clock);
            await read.AddAsync(Kind.PlanReviewLate, db.AssistancePlans.AsNoTracking()
                .Where(p => p.NextReviewDue < today && db.Cases.Any(c => c.Id == p.CaseId && c.ClosedAt == null)),
                waiting => waiting.OrderBy(p => p.NextReviewDue)
                    .Select(p => new { p.CaseId, Number = db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.Number).First(), p.NextReviewDue, p.CreatedAt }),
                p => new Item(Kind.PlanReviewLate, p.Number, PortalTime.ToUtc(p.NextReviewDue!.Value.ToDateTime(TimeOnly.MaxValue)), p.CreatedAt, p.CaseId, null, null));
            await read.AddAsync(Kind.IdentificationWaiting, db.Cases.AsNoTracking()
                .Where(c => c.ClosedAt == null && c.Status == CaseStatus.PotentialVictim),
                waiting => waiting.OrderBy(c => c.RegisteredAt)
                    .Select(c => new Item(Kind.IdentificationWaiting, c.Number, null, c.RegisteredAt, c.Id, null, null)));

            // The same match as a case page's (keyed hashes of the personal number, or of the name with the birth year ±1).
            var since = now - DuplicateNews;
            await read.AddAsync(Kind.PossibleDuplicate, db.Cases.AsNoTracking()
                .Where(c => c.RegisteredAt > since && db.Cases.Any(o => o.Id != c.Id && o.PersonKey != c.PersonKey
                    && ((c.PersonalNumberHash != null && o.PersonalNumberHash == c.PersonalNumberHash)
                        || (o.NameHash == c.NameHash && (c.BirthYear == null || o.BirthYear == null || (o.BirthYear >= c.BirthYear - 1 && o.BirthYear <= c.BirthYear + 1)))))),
                waiting => waiting.OrderBy(c => c.RegisteredAt)
                    .Select(c => new Item(Kind.PossibleDuplicate, c.Number, null, c.RegisteredAt, c.Id, null, null)));
        }

        /// <summary>Secretaries: meetings held (or past their date) whose minutes are not approved, and overdue actions.</summary>
        private async Task MeetingWorkAsync(Reading read, ClaimsPrincipal user, DateTime now)
        {
            await read.AddAsync(Kind.MinutesToFinish, db.Meetings.AsNoTracking().Visible(user)
                .Where(m => m.StartsAt < now && (m.State == MeetingState.Held || m.State == MeetingState.Circulated || m.State == MeetingState.Planned)),
                waiting => waiting.OrderBy(m => m.StartsAt)
                    .Select(m => new Item(Kind.MinutesToFinish, m.Title, null, m.StartsAt, null, null, m.Id)));
            var today = PortalTime.Today(clock);
            await read.AddAsync(Kind.OverdueAction, db.ActionItems.AsNoTracking()
                .Where(a => a.State == ActionState.Open && a.DueOn < today && db.Meetings.Visible(user).Any(m => m.Id == a.MeetingId)),
                waiting => waiting.OrderBy(a => a.DueOn)
                    .Select(a => new { a.MeetingId, a.Meeting.Title, a.DueOn, a.CreatedAt }),
                a => new Item(Kind.OverdueAction, a.Title, PortalTime.ToUtc(a.DueOn.ToDateTime(TimeOnly.MaxValue)), a.CreatedAt, null, null, a.MeetingId));
        }

        /// <summary>
        /// The rows of one reading. Every kind lists its <see cref="Shown"/> most urgent rows and counts the rest, so a queue
        /// costs the same for an institution with thousands of open cases: the count is asked only when there are more.
        /// </summary>
        private sealed class Reading(CancellationToken cancellationToken)
        {
            public List<Item> Items { get; } = [];

            public Dictionary<Kind, int> More { get; } = [];

            public Task AddAsync<TSource>(Kind kind, IQueryable<TSource> waiting, Func<IQueryable<TSource>, IQueryable<Item>> urgentFirst) =>
                AddAsync(kind, waiting, urgentFirst, item => item);

            /// <param name="waiting">What waits, in no order: counted as it is, so the count stops at the first rows found
            /// (ordered, every match would be found and sorted first).</param>
            /// <param name="urgentFirst">The same, most urgent first, as read for the rows listed.</param>
            public async Task AddAsync<TSource, TRow>(Kind kind, IQueryable<TSource> waiting, Func<IQueryable<TSource>, IQueryable<TRow>> urgentFirst, Func<TRow, Item> item)
            {
                var rows = await urgentFirst(waiting).Take(Shown + 1).ToListAsync(cancellationToken);
                Items.AddRange(rows.Take(Shown).Select(item));
                if (rows.Count > Shown)
                {
                    More[kind] = await waiting.Take(Counted + 1).CountAsync(cancellationToken) - Shown;
                }
            }
        }
    }
}
