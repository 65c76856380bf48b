using AntiTrafik.Data;
using AntiTrafik.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Administration.Users;

public static class Index
{
    public sealed record Query(string? Search, int Page = 1);

    public sealed record Row(string Id, string FullName, string Email, string Agency, string? Role, bool IsDisabled, bool HasPassword);

    public sealed record Model(Query Query, IReadOnlyList<Row> Rows, int Total, int PageSize)
    {
        public int Pages => Paging.PagesFor(Total, PageSize);
    }

    public sealed class Handler(AppDbContext db)
    {
        public const int PageSize = 50;

        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var users = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim().ToLowerInvariant();
#pragma warning disable MA0011 // translated to SQL LOWER: the database lowers the text, not .NET
                users = users.Where(u => u.FullName.ToLower().Contains(term) || u.Email!.ToLower().Contains(term));
#pragma warning restore MA0011
            }

            var total = await users.CountAsync(cancellationToken);
            var page = Paging.Within(query.Page, total, PageSize);
            var rows = await users
                .OrderBy(u => u.FullName).ThenBy(u => u.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(u => new Row(
                    u.Id, u.FullName, u.Email!, u.Agency.Name,
                    db.UserRoles.Where(ur => ur.UserId == u.Id)
                        .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                    u.IsDisabled, u.PasswordHash != null))
                .ToListAsync(cancellationToken);
            return new Model(query with { Page = page }, rows, total, PageSize);
        }
    }
}
