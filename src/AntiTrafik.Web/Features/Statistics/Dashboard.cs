using System.Globalization;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Domain.Trainings;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Statistics;

/// <summary>
/// The figures national and international reports ask for, computed by grouped queries in the database.
/// Case figures count people: records the coordinator linked as one person count once per row. The
/// coordinator's office sees the country; a caseworker sees their agency's cases and referrals only, with
/// counts from 1 to 4 shown as "&lt;5".
/// </summary>
public static class Dashboard
{
    public sealed record Query(int? Year = null, DateOnly? From = null, DateOnly? To = null, int? CountyId = null)
    {
        /// <summary>
        /// The period asked for. A year the portal's date rule finds implausible (a typed address) shows the current year;
        /// an open start is the first day any record can have.
        /// </summary>
        public (DateOnly From, DateOnly To) Period(DateOnly today)
        {
            var year = Year is { } asked && PlausibleDates.IsPlausibleYear(asked, today) ? asked : today.Year;
            return From is not null || To is not null
                ? (From ?? PlausibleDates.EarliestEvent, To ?? today)
                : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
    }

    public sealed record Row(string Label, double Value);

    public sealed record Table(string Key, string Title, string Section, IReadOnlyList<Row> Rows);

    /// <summary>A headline number shown before the tables, named by the table it comes from.</summary>
    public sealed record KeyFigure(string Key, string Label, double Value);

    public sealed record Model(Query Query, DateOnly From, DateOnly To, bool National, IReadOnlyList<Table> Tables, IReadOnlyList<SelectListItem> Counties,
        IReadOnlyList<KeyFigure> KeyFigures)
    {
        /// <summary>The county filtered on, by name; null for the whole country.</summary>
        public string? CountyName => Query.CountyId is { } id
            ? Counties.FirstOrDefault(c => c.Value == id.ToString(CultureInfo.InvariantCulture))?.Text
            : null;

        /// <summary>
        /// An export's file name that says which filters made it, ASCII only and without personal data:
        /// <c>statistikat-2024-01-01_2024-12-31-tirane-sex.csv</c>.
        /// </summary>
        public string FileName(string? table, string extension)
        {
            var parts = new List<string> { "statistikat", $"{From:yyyy-MM-dd}_{To:yyyy-MM-dd}" };
            if (CountyName is { } county)
            {
                parts.Add(Infrastructure.Exports.TableFiles.Slug(county));
            }

            if (table is not null)
            {
                parts.Add(Infrastructure.Exports.TableFiles.Slug(table));
            }

            return string.Join('-', parts.Where(p => p.Length > 0)) + "." + extension;
        }

        /// <summary>Below the coordinator's office, a count from 1 to 4 is not shown exactly.</summary>
        public string Show(double value) => !National && value is >= 1 and <= 4 ? "<5" : value.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);
    }

    /// <summary>The figures per set of cases the reader may see, filters, language and day; long to compute, so kept first.</summary>
    private sealed record FiguresOf(string Scope, Query Query, string Language, DateOnly Day) : CachedRead<Model>
    {
        internal override bool Expensive => true;
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, VersionedCache cache)
    {
        /// <summary>
        /// The figures, cached until the next save per set of cases the reader may see, filters, language and day,
        /// so cached figures are never out of date here.
        /// </summary>
        public async Task<Model> BuildAsync(Query query, ClaimsPrincipal user, CancellationToken ct)
        {
            var figures = new FiguresOf(CaseScope.Key(user), query, System.Globalization.CultureInfo.CurrentUICulture.Name, PortalTime.Today(clock));
            return await cache.GetAsync(figures, () => ComputeAsync(query, user, ct));
        }

        private async Task<Model> ComputeAsync(Query query, ClaimsPrincipal user, CancellationToken ct)
        {
            var national = user.IsInRole(Roles.Coordinator);
            var agency = user.GetAgencyId() ?? 0;
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var (from, to) = query.Period(today);

            var cases = db.Cases.AsNoTracking().Where(c => c.IdentifiedOn >= from && c.IdentifiedOn <= to);
            if (!national)
            {
                cases = cases.Where(c => c.LeadAgencyId == agency);
            }

            if (query.CountyId is { } county)
            {
                cases = cases.Where(c => c.CountyId == county);
            }

            var tables = new List<Table>();
            var caseSection = l["Victims and potential victims (people)"].Value;
            tables.Add(new("total", l["People and records"], caseSection,
            [
                new(l["People"], await cases.Select(c => c.PersonKey).Distinct().CountAsync(ct)),
                new(l["Records"], await cases.CountAsync(ct)),
            ]));
            tables.Add(await PeopleByAsync("status", l["By status"], caseSection, cases, c => (int)c.Status, k => l["Status " + (CaseStatus)k], ct));
            tables.Add(await PeopleByAsync("minors", l["Children and adults (at identification)"], caseSection, cases, c => c.IsMinor ? 1 : 0, k => k == 1 ? l["Children"] : l["Adults"], ct));
            tables.Add(await PeopleByAsync("agegroup", l["By age group"], caseSection, cases,
                c => c.AgeAtIdentification == null ? 0 : c.AgeAtIdentification < 12 ? 1 : c.AgeAtIdentification < 18 ? 2 : c.AgeAtIdentification < 25 ? 3
                    : c.AgeAtIdentification < 35 ? 4 : c.AgeAtIdentification < 50 ? 5 : 6,
                k => l["AgeGroup " + (AgeGroup)k], ct));
            tables.Add(await PeopleByAsync("sex", l["By sex"], caseSection, cases, c => (int)c.Sex, k => l["Sex " + (Sex)k], ct));
            tables.Add(await PeopleByAsync("albanian", l["Albanian and foreign citizens"], caseSection, cases, c => c.Citizenship == "AL" ? 1 : 0, k => k == 1 ? l["Albanian"] : l["Foreign"], ct));
            tables.Add(await PeopleByTextAsync("citizenship", l["By citizenship"], caseSection, cases, c => c.Citizenship, Countries.NameOf, ct));

            // The casework after identification: each group of victims of one trafficking case counted once, each person once.
            var caseworkSection = l["Assistance, protection and justice"].Value;
            var grouped = cases.Where(c => db.CaseGroupMembers.Any(m => m.CaseId == c.Id));
            tables.Add(new("groups", l["Victims of the same trafficking case"], caseworkSection,
            [
                new(l["Groups"], await db.CaseGroups.CountAsync(g => g.Members.Any(m => cases.Any(c => c.Id == m.CaseId)), ct)),
                new(l["People in them"], await grouped.Select(c => c.PersonKey).Distinct().CountAsync(ct)),
            ]));
            var inPeriod = cases.Select(c => c.Id);
            var proceedings = db.Proceedings.Where(p => inPeriod.Contains(p.CaseId));
            var compensation = db.Compensations.Where(x => inPeriod.Contains(x.CaseId));
            tables.Add(new("casework", l["Plans, protection and justice"], caseworkSection,
            [
                new(l["Assistance plans approved"], await db.AssistancePlans.CountAsync(p => inPeriod.Contains(p.CaseId) && p.State == ApprovalState.Approved, ct)),
                new(l["Plan reviews approved"], await db.AssistancePlans.Where(p => inPeriod.Contains(p.CaseId)).SelectMany(p => p.Reviews).CountAsync(r => r.State == ApprovalState.Approved, ct)),
                new(l["Children with a guardian appointed"], await db.ChildPathways.CountAsync(p => inPeriod.Contains(p.CaseId) && p.GuardianAppointedOn != null, ct)),
                new(l["Criminal proceedings"], await proceedings.CountAsync(ct)),
                new(l["Re-qualified to a lesser offence"], await proceedings.CountAsync(p => (p.Charge == Charge.TraffickingOfAdults || p.Charge == Charge.TraffickingOfChildren)
                    && p.RequalifiedTo != null && p.RequalifiedTo != Charge.TraffickingOfAdults && p.RequalifiedTo != Charge.TraffickingOfChildren, ct)),
                new(l["Convictions"], await proceedings.CountAsync(p => p.Outcome == ProceedingOutcome.Convicted, ct)),
                new(l["Compensation awarded (lek)"], (double)(await compensation.Select(x => x.AmountAwarded ?? 0).ToListAsync(ct)).Sum()),
                new(l["Compensation paid (lek)"], (double)(await compensation.Select(x => x.AmountPaid ?? 0).ToListAsync(ct)).Sum()),
                new(l["Offences charged to victims (non-punishment)"], await db.NonPunishments.CountAsync(n => inPeriod.Contains(n.CaseId), ct)),
            ]));

            var forms = new List<Row>();
            foreach (var form in Enum.GetValues<ExploitationForms>().Where(f => f != ExploitationForms.None))
            {
                var count = await cases.Where(c => (c.Forms & form) == form).Select(c => c.PersonKey).Distinct().CountAsync(ct);
                forms.Add(new(l["Form " + form], count));
            }

            var exploitationSection = l["Exploitation and identification"].Value;
            tables.Add(new("forms", l["By form of exploitation (a person may count in several)"], exploitationSection, forms));
            tables.Add(await PeopleByTextAsync("county", l["By county of residence"], exploitationSection, cases, c => c.County != null ? c.County.Name : null, name => name, ct));
            tables.Add(await PeopleByAsync("channel", l["By how they were identified"], exploitationSection, cases, c => (int)c.Channel, k => l["Channel " + (IdentificationChannel)k], ct));
            tables.Add(await PeopleByAsync("agencykind", l["By kind of registering institution"], exploitationSection, cases, c => (int)c.RegisteringAgency.Kind, k => l["Kind " + (AgencyKind)k], ct));

            var months = await cases.GroupBy(c => new { c.RegisteredAt.Year, c.RegisteredAt.Month })
                .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
            var timeSection = l["Records over time"].Value;
            tables.Add(new("months", l["New records per month (registration)"], timeSection,
                months.OrderBy(m => m.Year).ThenBy(m => m.Month).Select(m => new Row($"{m.Month:00}.{m.Year}", m.Count)).ToList()));
            tables.Add(new("openclosed", l["Open and closed records"], timeSection,
            [
                new(l["Open"], await cases.CountAsync(c => c.ClosedAt == null, ct)),
                new(l["Closed"], await cases.CountAsync(c => c.ClosedAt != null, ct)),
            ]));

            var referralSection = l["Referrals"].Value;
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var referrals = db.Referrals.AsNoTracking().Where(r => r.SentAt >= start && r.SentAt < end);
            if (!national)
            {
                referrals = referrals.Where(r => r.SendingAgencyId == agency || r.ReceivingAgencyId == agency);
            }

            if (query.CountyId is { } referralCounty)
            {
                referrals = referrals.Where(r => r.Case.CountyId == referralCounty);
            }

            var states = await referrals.GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            tables.Add(new("referralstate", l["Referrals by state"], referralSection,
                Enum.GetValues<ReferralState>().Select(s => new Row(l["ReferralState " + s], states.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList()));
            var receivers = await referrals.GroupBy(r => r.ReceivingAgency.Name).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            tables.Add(new("receivers", l["Referrals by receiving institution"], referralSection,
                receivers.OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.CurrentCulture).Select(r => new Row(r.Key, r.Count)).ToList()));
            var answered = await referrals.Where(r => r.AnsweredAt != null).Select(r => new { r.SentAt, AnsweredAt = r.AnsweredAt!.Value }).ToListAsync(ct);
            var hours = answered.Select(a => (a.AnsweredAt - a.SentAt).TotalHours).Order().ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            tables.Add(new("responsetimes", l["Response to referrals"], referralSection,
            [
                new(l["Median response time (hours)"], Math.Round(Percentile(hours, 0.5), 1)),
                new(l["90th percentile (hours)"], Math.Round(Percentile(hours, 0.9), 1)),
                new(l["Overdue now"], await referrals.CountAsync(Referral.OverdueAt(now), ct)),
            ]));

            if (national)
            {
                await AddNationalActivityAsync(tables, from, to, query.CountyId, ct);
            }

            var counties = await db.Counties.AsNoTracking().OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(ct);
            return new Model(query, from, to, national, tables, counties, KeyFiguresOf(tables));
        }

        private async Task AddNationalActivityAsync(List<Table> tables, DateOnly from, DateOnly to, int? countyId, CancellationToken ct)
        {
            var section = l["Meetings and trainings"].Value;
            var start = PortalTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            var end = PortalTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            var meetings = db.Meetings.AsNoTracking().Where(m => m.StartsAt >= start && m.StartsAt < end && m.State != MeetingState.Planned);
            var trainings = db.Trainings.AsNoTracking().Where(t => t.StartsOn >= from && t.StartsOn <= to && t.State == ActivityState.Held);
            if (countyId is { } county)
            {
                meetings = meetings.Where(m => m.CountyId == county);
                trainings = trainings.Where(t => t.CountyId == county);
            }

            var kinds = await meetings.GroupBy(m => m.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            tables.Add(new("meetings", l["Meetings held by kind"], section, kinds.OrderBy(k => k.Key).Select(k => new Row(l["MeetingKind " + k.Key], k.Count)).ToList()));
            var actions = await db.ActionItems.AsNoTracking().Where(a => a.State == ActionState.Open)
                .GroupBy(a => a.ResponsibleAgency.Name).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            tables.Add(new("openactions", l["Open actions by institution"], section, actions.OrderByDescending(a => a.Count).ThenBy(a => a.Key, StringComparer.CurrentCulture).Select(a => new Row(a.Key, a.Count)).ToList()));
            var named = await trainings.SumAsync(t => t.Participants.Count, ct);
            var counted = await trainings.SelectMany(t => t.Counts).SumAsync(c => c.Women + c.Men + c.Unspecified, ct);
            tables.Add(new("trainings", l["Trainings held"], section,
            [
                new(l["Trainings"], await trainings.CountAsync(ct)),
                new(l["Participants"], named + counted),
            ]));
            var byKind = await trainings.SelectMany(t => t.Counts).Where(c => c.AgencyId != null)
                .GroupBy(c => c.Agency!.Kind).Select(g => new { g.Key, Count = g.Sum(c => c.Women + c.Men + c.Unspecified) }).ToListAsync(ct);
            tables.Add(new("trainingkinds", l["Training participants by kind of institution"], section, byKind.OrderBy(k => k.Key).Select(k => new Row(l["Kind " + k.Key], k.Count)).ToList()));
            var byCounty = await trainings.Where(t => t.CountyId != null)
                .GroupBy(t => t.County!.Name).Select(g => new { g.Key, Count = g.Sum(t => t.Participants.Count + t.Counts.Sum(c => c.Women + c.Men + c.Unspecified)) }).ToListAsync(ct);
            tables.Add(new("trainingcounties", l["Training participants by county"], section, byCounty.OrderBy(c => c.Key, StringComparer.CurrentCulture).Select(c => new Row(c.Key, c.Count)).ToList()));
            var programmes = await db.Programmes.AsNoTracking()
                .Select(p => new { p.Title, p.TargetParticipants, Reached = p.Trainings.Where(t => t.State == ActivityState.Held).Sum(t => t.Participants.Count + t.Counts.Sum(c => c.Women + c.Men + c.Unspecified)) })
                .ToListAsync(ct);
            tables.Add(new("programmes", l["Programme progress (% of target)"], section,
                programmes.Select(p => new Row(p.Title, p.TargetParticipants == 0 ? 0 : Math.Round(100.0 * p.Reached / p.TargetParticipants))).ToList()));
        }

        /// <summary>The few numbers a reader looks for first, taken from the tables so both always agree.</summary>
        private List<KeyFigure> KeyFiguresOf(IReadOnlyList<Table> tables)
        {
            double Value(string table, int row) => tables.First(t => t.Key == table).Rows[row].Value;
            var minors = tables.First(t => t.Key == "minors").Rows;
            return
            [
                new("people", l["People"], Value("total", 0)),
                new("records", l["Records"], Value("total", 1)),
                new("open", l["Open records"], Value("openclosed", 0)),
                new("children", l["Children"], minors.Where(r => r.Label == l["Children"].Value).Sum(r => r.Value)),
                new("referrals", l["Referrals sent"], tables.First(t => t.Key == "referralstate").Rows.Sum(r => r.Value)),
                new("overdue", l["Referrals overdue now"], Value("responsetimes", 2)),
            ];
        }

        private static async Task<Table> PeopleByAsync(string key, string title, string section, IQueryable<Case> cases,
            System.Linq.Expressions.Expression<Func<Case, int>> by, Func<int, string> label, CancellationToken ct)
        {
            var groups = await cases.GroupBy(by).Select(g => new { g.Key, People = g.Select(c => c.PersonKey).Distinct().Count() }).ToListAsync(ct);
            return new Table(key, title, section, groups.OrderBy(g => g.Key).Select(g => new Row(label(g.Key), g.People)).ToList());
        }

        private static async Task<Table> PeopleByTextAsync(string key, string title, string section, IQueryable<Case> cases,
            System.Linq.Expressions.Expression<Func<Case, string?>> by, Func<string, string> label, CancellationToken ct)
        {
            var groups = await cases.GroupBy(by).Select(g => new { g.Key, People = g.Select(c => c.PersonKey).Distinct().Count() }).ToListAsync(ct);
            return new Table(key, title, section, groups.OrderByDescending(g => g.People).ThenBy(g => g.Key, StringComparer.CurrentCulture)
                .Select(g => new Row(g.Key is null ? "—" : label(g.Key), g.People)).ToList());
        }

        public static double Percentile(IReadOnlyList<double> sorted, double p)
        {
            if (sorted.Count == 0)
            {
                return 0;
            }

            var rank = p * (sorted.Count - 1);
            var low = (int)Math.Floor(rank);
            var high = (int)Math.Ceiling(rank);
            return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
        }
    }
}
