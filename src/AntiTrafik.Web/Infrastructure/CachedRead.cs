namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// A read that <see cref="VersionedCache"/> keeps until the next save, named by what it depends on: a record whose
/// type and values are the key, so a use case says what it asks for and no filter, scope or page can be left out of
/// a key typed by hand. Declare one beside the query that fills it:
/// <code>private sealed record Totals(int Agency) : CachedRead&lt;Counts&gt;;</code>
/// and read it with <c>cache.GetAsync(new Totals(agency), () =&gt; ...)</c>.
/// </summary>
/// <typeparam name="T">What the read gives, so a key can only ever hold one type of value.</typeparam>
public abstract record CachedRead<T>
{
    /// <summary>
    /// How long a value may live at most (what another instance's save can hide): counts and figures
    /// <see cref="VersionedCache.DefaultLifetime"/>; rows a person works from override it with
    /// <see cref="VersionedCache.RowsLifetime"/>.
    /// </summary>
    internal virtual TimeSpan Lifetime => VersionedCache.DefaultLifetime;

    /// <summary>Kept in preference to others when the cache is full (a figure that takes long to compute).</summary>
    internal virtual bool Expensive => false;

    /// <summary>The key: the record's full type name and its values.</summary>
    internal string Key => $"{GetType().FullName}|{this}";
}

/// <summary>Rows a person works from (list pages, the inbox, a case's records): another instance's save shows within 30 seconds.</summary>
public abstract record CachedRows<T> : CachedRead<T>
{
    internal override TimeSpan Lifetime => VersionedCache.RowsLifetime;
}
