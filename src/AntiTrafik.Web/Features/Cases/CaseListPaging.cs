using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>
/// How one page of the case list is read. A caseworker's default order, newest first, reads the page from the
/// agency's own indexes (<see cref="CaseScope.NewestVisiblePage"/>), so it costs the same at any size; that shape reads
/// page × 25 entries of each part, so past <see cref="NewestFirstDepth"/> rows, and for every other order or reader,
/// the visible set is sorted instead.
/// </summary>
internal static class CaseListPaging
{
    /// <summary>How many rows deep the newest-first shape is used (40 pages).</summary>
    public const int NewestFirstDepth = 1000;

    /// <param name="visible">The cases the reader may see that pass the filters (built only when used).</param>
    public static IQueryable<Case> PageOf(AppDbContext db, ClaimsPrincipal user, Index.Query query, CaseSearch? search, Func<IQueryable<Case>> visible,
        Func<IQueryable<Case>, Index.SortOrder, IOrderedQueryable<Case>> sort, int page, int pageSize)
    {
        var skip = (page - 1) * pageSize;
        // A narrow search's few cases are found from the index, not by reading the agency's cases newest first.
        var byAgencyIndexes = query.Sort == Index.SortOrder.Newest && skip + pageSize <= NewestFirstDepth && search is not { IsNarrow: true }
            && user.IsCaseStaff() && user.GetAgencyId() is not null;
        return byAgencyIndexes
            ? sort(db.NewestVisiblePage(user.GetAgencyId()!.Value, all => Index.Handler.Filter(all, query, search, coordinator: false, db.Set<CaseSearchToken>()), skip, pageSize).AsNoTracking(), query.Sort)
            : sort(visible(), query.Sort).Skip(skip).Take(pageSize);
    }
}
