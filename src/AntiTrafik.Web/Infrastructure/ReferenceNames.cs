using AntiTrafik.Data;
using AntiTrafik.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// The names pages show beside ids: institutions, counties, municipalities and the people who recorded
/// something. They are few (hundreds, not millions) and change rarely, so they are read in four queries and
/// kept under the data version: any saved change on this instance gives a new key, so they are never stale here.
/// </summary>
public sealed class ReferenceNames(AppDbContext db, VersionedCache cache)
{
    /// <param name="CountyId">The county it serves; null for a national institution.</param>
    public sealed record AgencyName(int Id, string Name, bool IsActive, AgencyKind Kind, int? CountyId);

    public sealed class Snapshot(
        IReadOnlyDictionary<int, AgencyName> agencies,
        IReadOnlyDictionary<int, string> counties,
        IReadOnlyDictionary<int, string> municipalities,
        IReadOnlyDictionary<string, string> users)
    {
        /// <summary>Active institutions, by name: the choices for referrals and the lead.</summary>
        public IReadOnlyList<AgencyName> ActiveAgencies { get; } =
            agencies.Values.Where(a => a.IsActive).OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();

        /// <summary>The twelve counties by name, for filters.</summary>
        public IReadOnlyList<KeyValuePair<int, string>> Counties { get; } =
            counties.OrderBy(c => c.Value, StringComparer.CurrentCulture).ToList();

        /// <summary>Everyone's name, for a filter's suggestions.</summary>
        public IReadOnlyList<string> UserNames { get; } =
            users.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture).ToList();

        /// <summary>Every institution, active or not (for choices that must keep a stored one).</summary>
        public IEnumerable<AgencyName> AllAgencies => agencies.Values;

        public string Agency(int id) => agencies.TryGetValue(id, out var agency) ? agency.Name : "—";

        public AgencyKind? KindOf(int? id) => id is { } key && agencies.TryGetValue(key, out var agency) ? agency.Kind : null;

        public string? County(int? id) => id is { } key ? counties.GetValueOrDefault(key) : null;

        public string? Municipality(int? id) => id is { } key ? municipalities.GetValueOrDefault(key) : null;

        public string User(string id) => users.GetValueOrDefault(id, "—");
    }

    /// <summary>Every name, read at once.</summary>
    private sealed record AllNames : CachedRead<Snapshot>;

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken = default) =>
        await cache.GetAsync(new AllNames(), async () =>
        {
            var agencies = await db.Agencies.AsNoTracking().Select(a => new AgencyName(a.Id, a.Name, a.IsActive, a.Kind, a.CountyId)).ToDictionaryAsync(a => a.Id, cancellationToken);
            var counties = await db.Counties.AsNoTracking().Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
            var municipalities = await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
            var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.FullName }).ToDictionaryAsync(u => u.Id, u => u.FullName, StringComparer.Ordinal, cancellationToken);
            return new Snapshot(agencies, counties, municipalities, users);
        });
}
