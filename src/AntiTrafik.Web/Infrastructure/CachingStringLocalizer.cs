using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// The portal's strings from the .resx files, remembered per language once found. A page asks for some fifty
/// strings; <see cref="System.Resources.ResourceManager"/> takes a lock on every lookup, which under load made
/// the pages' threads queue for it. Only strings the resources hold are remembered, so the memory is bounded
/// by the .resx files whatever names a page asks for.
/// </summary>
public sealed class CachingStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory inner;
    private readonly ConcurrentDictionary<Type, IStringLocalizer> byType = new();

    public CachingStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggerFactory) =>
        inner = new ResourceManagerStringLocalizerFactory(options, loggerFactory);

    public IStringLocalizer Create(Type resourceSource) =>
        byType.GetOrAdd(resourceSource, type => new CachingStringLocalizer(inner.Create(type)));

    public IStringLocalizer Create(string baseName, string location) => inner.Create(baseName, location);
}

internal sealed class CachingStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> found = new();

    public LocalizedString this[string name] => Find(name);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = Find(name);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    private LocalizedString Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = (CultureInfo.CurrentUICulture.Name, name);
        if (found.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = inner[name];
        if (!value.ResourceNotFound)
        {
            found.TryAdd(key, value);
        }

        return value;
    }
}
