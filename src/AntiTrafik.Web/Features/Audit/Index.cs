using System.Globalization;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Audit;

/// <summary>
/// The audit trail for the coordinator's office: read-only, filtered by kind, person, case number and days, newest
/// first, paged by entry number. Each entry is said as a sentence in the reader's language (<see cref="Sentences"/>):
/// the names, case numbers and titles are looked up when the page is read, a fixed number of queries for the whole
/// page; the trail itself stores ids only.
/// </summary>
public static class Index
{
    public sealed record Query(AuditAction? Kind = null, string? Person = null, string? Case = null, DateOnly? From = null, DateOnly? To = null, long? Before = null);

    /// <summary>One entry as the reader reads it: what happened, and the case it concerns (number and id for the link).</summary>
    public sealed record Row(long Id, DateTime At, string Sentence, AuditAction Action, string? IpAddress, string? CaseNumber, int? CaseId);

    public sealed record Model(Query Query, IReadOnlyList<Row> Rows, long? NextBefore, IReadOnlyList<string> People);

    /// <summary>The stored entry, as read for a page.</summary>
    public sealed record Entry(long Id, DateTime At, string? UserId, int? AgencyId, string? IpAddress, AuditAction Action, string EntityType, string? EntityId, string? Fields);

    public sealed class Handler(AppDbContext db, ReferenceNames names, PersonalDataProtector protector, IStringLocalizer<SharedResource> l)
    {
        public const int PageSize = 50;

        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var entries = db.AuditTrail.AsNoTracking();
            if (query.Kind is { } action)
            {
                entries = entries.Where(e => e.Action == action);
            }

            if (!string.IsNullOrWhiteSpace(query.Person))
            {
                var term = query.Person.Trim().ToUpperInvariant();
#pragma warning disable MA0011 // translated to SQL UPPER: the database raises the case, not .NET
                var ids = db.Users.Where(u => u.NormalizedEmail!.Contains(term) || u.FullName.ToUpper().Contains(term)).Select(u => u.Id);
#pragma warning restore MA0011
                entries = entries.Where(e => ids.Contains(e.UserId!));
            }

            if (!string.IsNullOrWhiteSpace(query.Case))
            {
                entries = await OfCaseAsync(entries, query.Case.Trim().ToUpperInvariant(), cancellationToken);
            }

            if (query.From is { } from)
            {
                var start = PortalTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
                entries = entries.Where(e => e.At >= start);
            }

            if (query.To is { } to)
            {
                var end = PortalTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
                entries = entries.Where(e => e.At < end);
            }

            if (query.Before is { } before)
            {
                entries = entries.Where(e => e.Id < before);
            }

            // Keyset paging on the entry number: as fast on the millionth page as on the first.
            var page = await entries.OrderByDescending(e => e.Id).Take(PageSize + 1)
                .Select(e => new Entry(e.Id, e.At, e.UserId, e.AgencyId, e.IpAddress, e.Action, e.EntityType, e.EntityId, e.Fields))
                .ToListAsync(cancellationToken);
            var next = page.Count > PageSize ? page[PageSize - 1].Id : (long?)null;
            page = page.Take(PageSize).ToList();

            var facts = await FactsAsync(page, cancellationToken);
            var rows = page.Select(e =>
            {
                var @case = facts.CaseOf(e);
                return new Row(e.Id, e.At, Sentences.Say(e, facts, l), e.Action, e.IpAddress, @case?.Number, @case?.Id);
            }).ToList();
            var people = (await names.GetAsync(cancellationToken)).UserNames;
            return new Model(query, rows, next, people);
        }

        /// <summary>
        /// Entries about one case: the case itself (opened, changed, revealed, linked with another) and its referrals.
        /// An unknown number matches nothing.
        /// </summary>
        private async Task<IQueryable<AuditEntry>> OfCaseAsync(IQueryable<AuditEntry> entries, string number, CancellationToken cancellationToken)
        {
            var caseId = await db.Cases.AsNoTracking().Where(c => c.Number == number).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (caseId is not { } id)
            {
                return entries.Where(e => false);
            }

            var key = id.ToString(CultureInfo.InvariantCulture);
            var referrals = (await db.Referrals.AsNoTracking().Where(r => r.CaseId == id).Select(r => r.Id).ToListAsync(cancellationToken))
                .Select(r => r.ToString(CultureInfo.InvariantCulture)).ToList();
            return entries.Where(e =>
                (e.EntityType == nameof(Case) && (e.EntityId == key || e.EntityId!.StartsWith(key + "+") || e.EntityId!.EndsWith("+" + key)))
                || (e.EntityType == nameof(Domain.Referrals.Referral) && referrals.Contains(e.EntityId!)));
        }

        /// <summary>Everything the sentences of a page name, read in a fixed number of queries whatever the page holds.</summary>
        private async Task<Facts> FactsAsync(IReadOnlyList<Entry> page, CancellationToken cancellationToken)
        {
            var reference = await names.GetAsync(cancellationToken);
            var userIds = page.Select(e => e.UserId).Concat(page.Where(e => e.EntityType == "User").Select(e => e.EntityId))
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var users = userIds.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
                .Select(u => new Facts.Person(u.Id, u.FullName, u.AgencyId)).ToDictionaryAsync(u => u.Id, StringComparer.Ordinal, cancellationToken);

            var referralIds = IdsOf(page, nameof(Domain.Referrals.Referral));
            var referrals = referralIds.Count == 0 ? [] : await db.Referrals.AsNoTracking().Where(r => referralIds.Contains(r.Id))
                .Select(r => new Facts.ReferralFacts(r.Id, r.CaseId, r.ReceivingAgencyId)).ToDictionaryAsync(r => r.Id, cancellationToken);

            var caseIds = page.Where(e => e.EntityType == nameof(Case)).SelectMany(e => (e.EntityId ?? string.Empty).Split('+'))
                .Select(Facts.Number).OfType<int>().Concat(referrals.Values.Select(r => r.CaseId)).Distinct().ToList();
            var cases = caseIds.Count == 0 ? [] : await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Number }).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);

            // What a reveal's reason was, and whether a closing or a lead's answer went one way or the other, is on the
            // case's timeline: the event the same person recorded on that case just before the entry was written.
            var eventCases = page.Where(e => e.EntityType == nameof(Case) && e.Action is AuditAction.RevealIdentity or AuditAction.StatusChange or AuditAction.Update)
                .Select(e => Facts.Number(e.EntityId)).OfType<int>().Distinct().ToList();
            var events = new List<Facts.Event>();
            if (eventCases.Count > 0)
            {
                var earliest = page.Min(e => e.At).AddMinutes(-1);
                var stored = await db.CaseEvents.AsNoTracking()
                    .Where(ev => eventCases.Contains(ev.CaseId) && Facts.Telling.Contains(ev.Kind) && ev.At >= earliest)
                    .Select(ev => new { ev.CaseId, ev.UserId, ev.At, ev.Kind, ev.ProtectedText })
                    .ToListAsync(cancellationToken);
                events = stored.Select(ev => new Facts.Event(ev.CaseId, ev.UserId, ev.At, ev.Kind,
                    ev.Kind == CaseEventKind.IdentityRevealed ? protector.Unseal(ev.ProtectedText) : null)).ToList();
            }

            var titles = new Dictionary<(string, int), string>();
            await TitlesAsync(titles, page, nameof(Domain.Meetings.Meeting), ids => db.Meetings.Where(m => ids.Contains(m.Id)).Select(m => new KeyValuePair<int, string>(m.Id, m.Title)), cancellationToken);
            await TitlesAsync(titles, page, nameof(Domain.Meetings.ActionItem), ids => db.ActionItems.Where(a => ids.Contains(a.Id)).Select(a => new KeyValuePair<int, string>(a.Id, a.Meeting.Title)), cancellationToken);
            await TitlesAsync(titles, page, nameof(Domain.Trainings.Training), ids => db.Trainings.Where(t => ids.Contains(t.Id)).Select(t => new KeyValuePair<int, string>(t.Id, t.Title)), cancellationToken);
            await TitlesAsync(titles, page, nameof(Domain.Trainings.AwarenessActivity), ids => db.AwarenessActivities.Where(a => ids.Contains(a.Id)).Select(a => new KeyValuePair<int, string>(a.Id, a.Title)), cancellationToken);
            await TitlesAsync(titles, page, nameof(Domain.Trainings.Bulletin), ids => db.Bulletins.Where(b => ids.Contains(b.Id)).Select(b => new KeyValuePair<int, string>(b.Id, b.Title)), cancellationToken);
            return new Facts(reference, users, referrals, cases, events, titles);
        }

        private static List<int> IdsOf(IEnumerable<Entry> page, string type) =>
            page.Where(e => e.EntityType == type).Select(e => Facts.Number(e.EntityId)).OfType<int>().Distinct().ToList();

        private static async Task TitlesAsync(Dictionary<(string, int), string> titles, IReadOnlyList<Entry> page, string type,
            Func<List<int>, IQueryable<KeyValuePair<int, string>>> read, CancellationToken cancellationToken)
        {
            var ids = IdsOf(page, type);
            if (ids.Count == 0)
            {
                return;
            }

            foreach (var (id, title) in await read(ids).ToListAsync(cancellationToken))
            {
                titles[(type, id)] = title;
            }
        }
    }

    /// <summary>The names and numbers a page's sentences use.</summary>
    public sealed class Facts(
        ReferenceNames.Snapshot reference,
        IReadOnlyDictionary<string, Facts.Person> users,
        IReadOnlyDictionary<int, Facts.ReferralFacts> referrals,
        IReadOnlyDictionary<int, string> cases,
        IReadOnlyList<Facts.Event> events,
        IReadOnlyDictionary<(string, int), string> titles)
    {
        public sealed record Person(string Id, string Name, int? AgencyId);

        public sealed record ReferralFacts(int Id, int CaseId, int ReceivingAgencyId);

        public sealed record Event(int CaseId, string UserId, DateTime At, CaseEventKind Kind, string? Reason);

        /// <summary>The timeline events that say more than the entry does.</summary>
        public static readonly CaseEventKind[] Telling =
            [CaseEventKind.IdentityRevealed, CaseEventKind.Closed, CaseEventKind.Reopened, CaseEventKind.LeadAccepted, CaseEventKind.LeadDeclined];

        public static int? Number(string? text) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        /// <summary>"Arta Hoxha (Drejtoria Vendore e Policisë Tiranë)": the institution the entry was written under, else the person's own.</summary>
        public string? Actor(Entry entry)
        {
            if (entry.UserId is null || !users.TryGetValue(entry.UserId, out var person))
            {
                return null;
            }

            var agency = entry.AgencyId ?? person.AgencyId;
            return agency is { } id ? $"{person.Name} ({reference.Agency(id)})" : person.Name;
        }

        public string? PersonName(string? userId) => userId is not null && users.TryGetValue(userId, out var person) ? person.Name : null;

        public string Agency(int id) => reference.Agency(id);

        public string? CaseNumber(int id) => cases.GetValueOrDefault(id);

        public ReferralFacts? Referral(string? id) => Number(id) is { } key ? referrals.GetValueOrDefault(key) : null;

        public string? Title(string type, string? id) => Number(id) is { } key ? titles.GetValueOrDefault((type, key)) : null;

        /// <summary>The case an entry is about (the first of a linked pair), for the case column.</summary>
        public (int Id, string Number)? CaseOf(Entry entry)
        {
            int? id = entry.EntityType switch
            {
                nameof(Case) => Number((entry.EntityId ?? string.Empty).Split('+')[0]),
                nameof(Domain.Referrals.Referral) => Referral(entry.EntityId)?.CaseId,
                _ => null,
            };
            return id is { } key && cases.TryGetValue(key, out var number) ? (key, number) : null;
        }

        /// <summary>The telling event the entry's author recorded on the case just before the entry (same person, within a minute).</summary>
        public Event? EventFor(Entry entry, params CaseEventKind[] kinds) =>
            Number(entry.EntityId) is { } caseId
                ? events.Where(e => e.CaseId == caseId && string.Equals(e.UserId, entry.UserId, StringComparison.Ordinal) && kinds.Contains(e.Kind)
                                    && e.At <= entry.At && e.At >= entry.At.AddMinutes(-1))
                    .MaxBy(e => e.At)
                : null;
    }
}
