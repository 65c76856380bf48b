using System.Globalization;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using AntiTrafik.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
        int Page = 1);

    public sealed record Row(
        int Id, string Number, string Person, Sex Sex, AgeGroup AgeGroup, string? County, CaseStatus Status,
        bool IsClosed, bool IsMinor, DateOnly IdentifiedOn, DateTime RegisteredAt, string LeadAgency);

    public sealed record Model(
        Query Query, IReadOnlyList<Row> Rows, int Total, int People, int PageSize, bool Pseudonymised,
        IReadOnlyList<SelectListItem> Counties, IReadOnlyList<SelectListItem> Agencies, bool CanRegister)
    {
        public int Pages => Paging.PagesFor(Total, PageSize);
    }

    private sealed record RawRow(
        int Id, string Number, string Initials, string ProtectedIdentity, Sex Sex, int? Age, int? CountyId,
        CaseStatus Status, DateTime? ClosedAt, bool IsMinor, DateOnly IdentifiedOn, DateTime RegisteredAt, int LeadAgencyId);

    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, IAuthorizationService authorization, VersionedCache cache, ReferenceNames names)
    {
        public const int PageSize = 25;

        /// <summary>How many rows deep the newest-first shape of the scope is used (40 pages).</summary>
        private const int NewestFirstDepth = 1000;

        public async Task<Model> HandleAsync(Query query, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var pseudonymised = user.IsInRole(Roles.Coordinator);
            // Built only when used: counts are usually cached, and a caseworker's newest-first page has its own query.
            IQueryable<Case> Cases() => Filter(db.Visible(user, CaseScopeShape.IdSets).AsNoTracking(), query, pseudonymised);

            // Counts and pages change only when data changes: cached until the next save, per scope, filter and page.
            var scope = CaseScope.Key(user);
            var (total, people) = await cache.GetOrCreateAsync($"case-counts|{scope}|{query with { Page = 1, Sort = SortOrder.Newest }}", async () =>
            {
                var count = await Cases().CountAsync(cancellationToken);
                // Only the coordinator's office counts people across records; caseworkers see their records.
                return (count, pseudonymised ? await Cases().Select(c => c.PersonKey).Distinct().CountAsync(cancellationToken) : count);
            });
            var page = Paging.Within(query.Page, total, PageSize);
            // A caseworker's default order, newest first, reads the page from the agency's own indexes
            // (CaseScope.NewestVisiblePage), so it costs the same at any size; it reads page × 25 entries of each,
            // so deep pages (past the 40th) and other orders sort the visible set instead.
            var skip = (page - 1) * PageSize;
            var raw = await cache.GetOrCreateAsync($"case-page|{scope}|{query with { Page = page }}", () =>
            {
                var pageOf = !pseudonymised && query.Sort == SortOrder.Newest && skip + PageSize <= NewestFirstDepth
                    && user.IsInRole(Roles.Caseworker) && user.GetAgencyId() is { } agency
                    ? Sort(db.NewestVisiblePage(agency, all => Filter(all, query, coordinator: false), skip, PageSize).AsNoTracking(), query.Sort)
                    : Sort(Cases(), query.Sort).Skip(skip).Take(PageSize);
                return pageOf
                    .Select(c => new RawRow(c.Id, c.Number, c.Initials, pseudonymised ? string.Empty : c.ProtectedIdentity, c.Sex,
                        c.AgeAtIdentification, c.CountyId, c.Status, c.ClosedAt, c.IsMinor, c.IdentifiedOn, c.RegisteredAt, c.LeadAgencyId))
                    .ToListAsync(cancellationToken);
            }, VersionedCache.RowsLifetime);
            // Names of places and institutions come from the cached directory, not from joins in the page's query.
            var directory = await names.GetAsync(cancellationToken);
            var rows = raw.Select(r => new Row(r.Id, r.Number,
                    pseudonymised ? r.Initials : protector.FullNameOf(r.ProtectedIdentity),
                    r.Sex, Age.GroupOf(r.Age), directory.County(r.CountyId), r.Status, r.ClosedAt is not null, r.IsMinor, r.IdentifiedOn, r.RegisteredAt,
                    directory.Agency(r.LeadAgencyId)))
                .ToList();

            var counties = directory.Counties.Select(c => new SelectListItem(c.Value, c.Key.ToString(CultureInfo.InvariantCulture))).ToList();
            var agencies = pseudonymised
                ? await cache.GetOrCreateAsync("case-lead-agencies", () =>
                    db.Agencies.AsNoTracking().Where(a => db.Cases.Any(c => c.LeadAgencyId == a.Id)).OrderBy(a => a.Name)
                        .Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToListAsync(cancellationToken))
                : [];
            return new Model(query with { Page = page }, rows, total, people, PageSize, pseudonymised, counties, agencies,
                (await authorization.AuthorizeAsync(user, Policies.CaseRegistration)).Succeeded);
        }

        private static IQueryable<Case> Filter(IQueryable<Case> cases, Query query, bool coordinator)
        {
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

        private static IOrderedQueryable<Case> Sort(IQueryable<Case> cases, SortOrder sort) => sort switch
        {
            SortOrder.Oldest => cases.OrderBy(c => c.RegisteredAt).ThenBy(c => c.Id),
            SortOrder.Number => cases.OrderBy(c => c.Number),
            SortOrder.IdentifiedOn => cases.OrderByDescending(c => c.IdentifiedOn).ThenByDescending(c => c.Id),
            _ => cases.OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id),
        };
    }
}
