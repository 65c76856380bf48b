using Microsoft.Extensions.Caching.Memory;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// What is read often and changes only when something is saved: counts, list pages, names, figures. Each value
/// is kept under its key and the <see cref="DataVersion"/> of the moment it was asked for, so the first read
/// after any save computes it afresh and nothing cached is ever older than this instance's last save. The
/// version is read before the value is computed: a value computed across a save is filed under the older
/// version, which no later reader asks for.
/// The cache is bounded (a number of entries, each counting one) so that many different filters cannot fill
/// the memory; an entry also lives at most its lifetime, which bounds what another instance's save can hide.
/// </summary>
public sealed class VersionedCache(DataVersion version) : IDisposable
{
    public const int MaxEntries = 20_000;

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries, CompactionPercentage = 0.25 });

    /// <param name="key">Must name everything the value depends on besides the data: the reader's scope, the filters, the page.</param>
    /// <param name="expensive">Kept in preference to others when the cache is full (a figure that takes long to compute).</param>
    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create, TimeSpan? lifetime = null, bool expensive = false)
    {
        var versioned = $"{key}|v{version.Value}";
        if (_entries.TryGetValue(versioned, out T? cached))
        {
            return cached!;
        }

        var value = await create();
        _entries.Set(versioned, value, new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = lifetime ?? DefaultLifetime,
            Priority = expensive ? CacheItemPriority.High : CacheItemPriority.Normal,
        });
        return value;
    }

    public void Dispose() => _entries.Dispose();
}
