using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Trainings;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Bulletins;

/// <summary>The bulletin pages' models: the bulletins the reader sees, and what the reader may do with them.</summary>
public static class Pages
{
    /// <param name="CanPrepare">Whether the reader may prepare a new bulletin (the policy of the page it leads to).</param>
    public sealed record List(IReadOnlyList<Bulletin> Bulletins, bool CanPrepare);

    /// <param name="CanEdit">Whether the reader may edit, gather again and issue this bulletin.</param>
    public sealed record One(Bulletin Bulletin, bool CanEdit);

    /// <summary>The reads behind the bulletin pages, each through <see cref="BulletinScope.Visible"/>.</summary>
    public sealed class Handler(AppDbContext db, IAuthorizationService authorization, TimeProvider clock)
    {
        public async Task<List> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
            new(await db.Bulletins.AsNoTracking().Visible(user).OrderByDescending(b => b.Number).ToListAsync(cancellationToken),
                (await authorization.AuthorizeAsync(user, Policies.Coordination)).Succeeded);

        public async Task<One?> OneAsync(int id, ClaimsPrincipal user) => await LoadAsync(id, user) is { } bulletin
            ? new One(bulletin, (await authorization.AuthorizeAsync(user, new BulletinAccessFacts(bulletin.IsIssued), BulletinOperations.Edit)).Succeeded)
            : null;

        /// <summary>The bulletin with its items, as the reader may see it (for the print page).</summary>
        public Task<Bulletin?> LoadAsync(int id, ClaimsPrincipal user) =>
            db.Bulletins.AsNoTracking().Visible(user).Include(b => b.Items).SingleOrDefaultAsync(b => b.Id == id);

        /// <summary>
        /// A new bulletin's form as offered: the next number after the highest, and the period that follows the latest
        /// bulletin's (see <see cref="Assemble.NextPeriod"/>).
        /// </summary>
        public async Task<Assemble.NewForm> NewFormAsync()
        {
            var latest = await db.Bulletins.AsNoTracking().OrderByDescending(b => b.PeriodTo).ThenByDescending(b => b.Number)
                .Select(b => new { b.PeriodFrom, b.PeriodTo }).FirstOrDefaultAsync();
            var (from, to) = Assemble.NextPeriod(latest is null ? null : (latest.PeriodFrom, latest.PeriodTo), PortalTime.Today(clock));
            return new Assemble.NewForm
            {
                Number = (await db.Bulletins.MaxAsync(b => (int?)b.Number) ?? 0) + 1,
                PeriodFrom = from,
                PeriodTo = to,
            };
        }

        public Task<bool> ExistsAsync(int id) => db.Bulletins.AnyAsync(b => b.Id == id);
    }
}
