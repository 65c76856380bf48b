using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// What is read often and changes only when something is saved: counts, list pages, names, figures. Each value
/// is kept under its key with the <see cref="DataVersion"/> of the moment it was asked for, and is used only
/// while the version is still that one: the first read after any save computes it afresh (and replaces it), so
/// nothing cached is ever older than this instance's last save. The version is read before the value is
/// computed: a value computed across a save carries the older version and is never used.
/// The cache is bounded (a number of keys, each counting one, and one value per key whatever the saves) so
/// that many different filters cannot fill the memory; a value also lives at most its lifetime, which bounds
/// what another instance's save can hide.
/// Readers who miss the same entry at the same moment share one computation (after a save, ten coordinators
/// opening the dashboard compute its figures once).
/// </summary>
public sealed class VersionedCache(DataVersion version) : IDisposable
{
    public const int MaxEntries = 20_000;

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// For the rows a person works from (list pages, the inbox, a case's page): another instance's save is seen
    /// within this, where a count or a figure may wait <see cref="DefaultLifetime"/>.
    /// </summary>
    public static readonly TimeSpan RowsLifetime = TimeSpan.FromSeconds(30);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries, CompactionPercentage = 0.25 });

    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _computing = new(StringComparer.Ordinal);

    /// <summary>How many values are held now.</summary>
    internal int Count => _entries.Count;

    /// <summary>The value of a read named by its own record (<see cref="CachedRead{T}"/>): how the portal's features use the cache.</summary>
    public Task<T> GetAsync<T>(CachedRead<T> read, Func<Task<T>> create) => GetOrCreateAsync(read.Key, create, read.Lifetime, read.Expensive);

    /// <param name="key">Must name everything the value depends on besides the data: the reader's scope, the filters, the page.</param>
    /// <param name="create">Computes the value with the caller's own services; it is awaited by the caller, so they live until it ends.</param>
    /// <param name="expensive">Kept in preference to others when the cache is full (a figure that takes long to compute).</param>
    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create, TimeSpan? lifetime = null, bool expensive = false)
    {
        var now = version.Value;
        if (_entries.TryGetValue(key, out Entry<T>? cached) && cached!.Version == now)
        {
            return cached.Value;
        }

        var versioned = $"{key}|v{now}";
        var mine = new Lazy<Task<object?>>(async () =>
        {
            var value = await create();
            // A slower computation begun before a save must not replace what a reader after it has filed.
            if (!(_entries.TryGetValue(key, out Entry<T>? filed) && filed!.Version > now))
            {
                _entries.Set(key, new Entry<T>(now, value), new MemoryCacheEntryOptions
                {
                    Size = 1,
                    AbsoluteExpirationRelativeToNow = lifetime ?? DefaultLifetime,
                    Priority = expensive ? CacheItemPriority.High : CacheItemPriority.Normal,
                });
            }

            return value;
        });
        var flight = _computing.GetOrAdd(versioned, mine);
        try
        {
            return (T)(await flight.Value)!;
        }
        catch (OperationCanceledException) when (!ReferenceEquals(flight, mine))
        {
            // The reader who started it went away; this one computes with its own services.
            return await create();
        }
        finally
        {
            _computing.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(versioned, flight));
        }
    }

    public void Dispose() => _entries.Dispose();

    private sealed record Entry<T>(long Version, T Value);
}
