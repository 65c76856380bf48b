using System.Globalization;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Administration.Agencies;

/// <summary>The directory of NRM institutions: everyone may look people up in it; administrators also see inactive ones.</summary>
public static class Index
{
    public sealed record Query(string? Search, AgencyKind? Kind, int? CountyId, int Page = 1);

    public sealed record Row(int Id, string Code, string Name, string? Abbreviation, AgencyKind Kind, string? County, bool IsActive);

    /// <param name="CanManage">Whether the reader manages the directory: adds and edits institutions, and sees the inactive ones.</param>
    public sealed record Model(Query Query, IReadOnlyList<Row> Rows, int Total, int PageSize, IReadOnlyList<SelectListItem> Counties, bool CanManage)
    {
        public int Pages => Paging.PagesFor(Total, PageSize);
    }

    public sealed class Handler(AppDbContext db, IAuthorizationService authorization)
    {
        public const int PageSize = 50;

        public async Task<Model> HandleAsync(Query query, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var manages = (await authorization.AuthorizeAsync(user, Policies.Administration)).Succeeded;
            var agencies = db.Agencies.AsNoTracking();
            if (!manages)
            {
                agencies = agencies.Where(a => a.IsActive);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim().ToLowerInvariant();
#pragma warning disable MA0011 // translated to SQL LOWER: the database lowers the text, not .NET
                agencies = agencies.Where(a => a.Name.ToLower().Contains(term) || a.Code.ToLower().Contains(term)
                    || (a.Abbreviation != null && a.Abbreviation.ToLower().Contains(term)));
#pragma warning restore MA0011
            }

            if (query.Kind is { } kind)
            {
                agencies = agencies.Where(a => a.Kind == kind);
            }

            if (query.CountyId is { } countyId)
            {
                agencies = agencies.Where(a => a.CountyId == countyId);
            }

            var total = await agencies.CountAsync(cancellationToken);
            var page = Paging.Within(query.Page, total, PageSize);
            var rows = await agencies
                .OrderBy(a => a.County == null ? 0 : 1).ThenBy(a => a.County!.Name).ThenBy(a => a.Name)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(a => new Row(a.Id, a.Code, a.Name, a.Abbreviation, a.Kind, a.County!.Name, a.IsActive))
                .ToListAsync(cancellationToken);
            var counties = await db.Counties.AsNoTracking().OrderBy(c => c.Name)
                .Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
            return new Model(query with { Page = page }, rows, total, PageSize, counties, manages);
        }
    }
}
