using System.Globalization;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>
/// The case list: only the cases the user may see (<see cref="CaseScope"/>), filtered, sorted and paged
/// in the database. Caseworkers see names (decrypted for the page shown); the coordinator's office sees
/// initials only.
/// </summary>
public static class Index
{
    public enum SortOrder
    {
        Newest = 0,
        Oldest = 1,
        Number = 2,
        IdentifiedOn = 3,
    }

    public enum OpenState
    {
        Open = 0,
        Closed = 1,
        All = 2,
    }

    public sealed record Query(
        string? Number = null,
        CaseStatus? Status = null,
        OpenState State = OpenState.Open,
        int? CountyId = null,
        ExploitationForms? Form = null,
        bool? Minor = null,
        DateOnly? From = null,
        DateOnly? To = null,
        int? LeadAgencyId = null,
        SortOrder Sort = SortOrder.Newest,
        int Page = 1,
        string? Q = null);

    public sealed record Row(
        int Id, string Number, string Person, Sex Sex, AgeGroup AgeGroup, string? County, CaseStatus Status,
        bool IsClosed, bool IsMinor, DateOnly IdentifiedOn, DateTime RegisteredAt, string LeadAgency);

    public sealed record Model(
        Query Query, IReadOnlyList<Row> Rows, int Total, int People, int PageSize, bool Pseudonymised,
        IReadOnlyList<SelectListItem> Counties, IReadOnlyList<SelectListItem> Agencies, bool CanRegister, string? SearchProblem = null, bool Capped = false)
    {
        // Capped: a search found more than CaseSearch.Cap; it was counted no further, and only that many are offered.
        public int Pages => Paging.PagesFor(Capped ? CaseSearch.Cap : Total, PageSize);
    }

    private sealed record RawRow(
        int Id, string Number, string Initials, string ProtectedIdentity, Sex Sex, int? Age, int? CountyId,
        CaseStatus Status, DateTime? ClosedAt, bool IsMinor, DateOnly IdentifiedOn, DateTime RegisteredAt, int LeadAgencyId);

    // What is cached until the next save: per scope and filter (and page).
    private sealed record CountsOf(string Scope, Query Filter) : CachedRead<(int Total, int People)>;

    private sealed record PageOf(string Scope, Query Query) : CachedRows<List<RawRow>>;

    /// <summary>The institutions that lead a case: the coordinator's filter offers only these.</summary>
    private sealed record LeadAgencies : CachedRead<List<int>>;

    private sealed record SearchPlanOf(string Typed) : CachedRead<CaseSearch>;

    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, BlindIndex blindIndex, IAuthorizationService authorization,
        VersionedCache cache, ReferenceNames names, IStringLocalizer<SharedResource> l)
    {
        public const int PageSize = 25;

        public async Task<Model> HandleAsync(Query query, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var pseudonymised = user.IsInRole(Roles.Coordinator);
            var scope = CaseScope.Key(user);
            if (query.Q is { Length: > BlindIndex.MaxLength })
            {
                // Nobody's name is that long: said plainly, and nothing is searched.
                var none = await names.GetAsync(cancellationToken);
                return new Model(query with { Q = null, Page = 1 }, [], 0, 0, PageSize, pseudonymised,
                    none.Counties.Select(c => new SelectListItem(c.Value, c.Key.ToString(CultureInfo.InvariantCulture))).ToList(), [],
                    (await authorization.AuthorizeAsync(user, Policies.CaseRegistration)).Succeeded,
                    l["Type a name, a personal or phone number, or a case number: at most {0} characters.", BlindIndex.MaxLength]);
            }

            var typed = query.Q;
            var search = string.IsNullOrWhiteSpace(typed) ? null
                : await cache.GetAsync(new SearchPlanOf(typed), () => CaseSearch.PlanAsync(blindIndex.QueryOf(typed), db.Set<CaseSearchToken>(), cancellationToken));
            var (total, people) = await cache.GetAsync(new CountsOf(scope, query with { Page = 1, Sort = SortOrder.Newest }), async () =>
            {
                var visible = Visible(user, query, search, pseudonymised);
                var people = visible.Select(c => c.PersonKey).Distinct();
                if (search is not null)
                {
                    (visible, people) = (visible.Take(CaseSearch.Cap + 1), people.Take(CaseSearch.Cap + 1));
                }

                var count = await visible.CountAsync(cancellationToken);
                // Only the coordinator's office counts people across records; caseworkers see their records. A capped search
                // shows no count of people (nor would one of the first thousand mean anything).
                var capped = search is not null && count > CaseSearch.Cap;
                return (count, pseudonymised && !capped ? await people.CountAsync(cancellationToken) : count);
            });
            var capped = search is not null && total > CaseSearch.Cap;
            var page = Paging.Within(query.Page, capped ? CaseSearch.Cap : total, PageSize);
            var raw = await cache.GetAsync(new PageOf(scope, query with { Page = page }), () =>
                CaseListPaging.PageOf(db, user, query, search, () => Visible(user, query, search, pseudonymised), Sort, page, PageSize)
                    .Select(c => new RawRow(c.Id, c.Number, c.Initials, pseudonymised ? string.Empty : c.ProtectedIdentity, c.Sex,
                        c.AgeAtIdentification, c.CountyId, c.Status, c.ClosedAt, c.IsMinor, c.IdentifiedOn, c.RegisteredAt, c.LeadAgencyId))
                    .ToListAsync(cancellationToken));
            // Names of places and institutions come from the cached directory, not from joins in the page's query.
            var directory = await names.GetAsync(cancellationToken);
            var rows = raw.Select(r => new Row(r.Id, r.Number,
                    pseudonymised ? r.Initials : protector.FullNameOf(r.ProtectedIdentity),
                    r.Sex, Age.GroupOf(r.Age), directory.County(r.CountyId), r.Status, r.ClosedAt is not null, r.IsMinor, r.IdentifiedOn, r.RegisteredAt,
                    directory.Agency(r.LeadAgencyId)))
                .ToList();

            var counties = directory.Counties.Select(c => new SelectListItem(c.Value, c.Key.ToString(CultureInfo.InvariantCulture))).ToList();
            // Grouped by kind and county and searchable, as every choice of an institution (AgencyChoices).
            var leads = pseudonymised
                ? (await cache.GetAsync(new LeadAgencies(), () =>
                    db.Agencies.AsNoTracking().Where(a => db.Cases.Any(c => c.LeadAgencyId == a.Id)).Select(a => a.Id).ToListAsync(cancellationToken))).ToHashSet()
                : [];
            var agencies = pseudonymised ? directory.Choices(l, a => leads.Contains(a.Id), keep: leads) : [];
            return new Model(query with { Page = page }, rows, total, people, PageSize, pseudonymised, counties, agencies,
                (await authorization.AuthorizeAsync(user, Policies.CaseRegistration)).Succeeded, Capped: capped);
        }

        /// <summary>The cases the reader may see that pass the list's filters. A narrow search tests the reader's scope on each of
        /// its few cases; anything else reads the scope's own indexes.</summary>
        private IQueryable<Case> Visible(ClaimsPrincipal user, Query query, CaseSearch? search, bool coordinator) =>
            Filter(db.Visible(user, search is { IsNarrow: true } ? CaseScopeShape.PerCase : CaseScopeShape.IdSets).AsNoTracking(),
                query, search, coordinator, db.Set<CaseSearchToken>());

        /// <param name="search">The planned search of <see cref="Query.Q"/>, or null when nothing was typed.</param>
        /// <param name="index">The blind index the search reads.</param>
        internal static IQueryable<Case> Filter(IQueryable<Case> cases, Query query, CaseSearch? search, bool coordinator, IQueryable<CaseSearchToken> index)
        {
            if (search is not null)
            {
                cases = search.Apply(cases, index);
            }

            if (!string.IsNullOrWhiteSpace(query.Number))
            {
                var number = query.Number.Trim().ToUpperInvariant();
                cases = cases.Where(c => c.Number.Contains(number));
            }

            if (query.Status is { } status)
            {
                cases = cases.Where(c => c.Status == status);
            }

            cases = query.State switch
            {
                OpenState.Open => cases.Where(c => c.ClosedAt == null),
                OpenState.Closed => cases.Where(c => c.ClosedAt != null),
                _ => cases,
            };

            if (query.CountyId is { } county)
            {
                cases = cases.Where(c => c.CountyId == county);
            }

            if (query.Form is { } form && form != ExploitationForms.None)
            {
                cases = cases.Where(c => (c.Forms & form) == form);
            }

            if (query.Minor is { } minor)
            {
                cases = cases.Where(c => c.IsMinor == minor);
            }

            if (query.From is { } from)
            {
                cases = cases.Where(c => c.IdentifiedOn >= from);
            }

            if (query.To is { } to)
            {
                cases = cases.Where(c => c.IdentifiedOn <= to);
            }

            if (coordinator && query.LeadAgencyId is { } lead)
            {
                cases = cases.Where(c => c.LeadAgencyId == lead);
            }

            return cases;
        }

        internal static IOrderedQueryable<Case> Sort(IQueryable<Case> cases, SortOrder sort) => sort switch
        {
            SortOrder.Oldest => cases.OrderBy(c => c.RegisteredAt).ThenBy(c => c.Id),
            SortOrder.Number => cases.OrderBy(c => c.Number),
            SortOrder.IdentifiedOn => cases.OrderByDescending(c => c.IdentifiedOn).ThenByDescending(c => c.Id),
            _ => cases.OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id),
        };
    }
}
