using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// Counted words in the reader's language: "1 regjistrim", "2 regjistrime". Albanian and English both have two
/// forms, one for exactly one and one for every other number, so a message is two resource keys, the English
/// singular and plural, each with its Albanian string. Never put a number before a translated word by hand.
/// </summary>
public static class Plurals
{
    /// <summary>The form for <paramref name="count"/>, formatted with the count as {0}.</summary>
    /// <example><c>l.Plural(rows, "{0} record", "{0} records")</c></example>
    public static LocalizedString Plural(this IStringLocalizer l, double count, string one, string other) =>
        l.Plural(count, one, other, count);

    /// <summary>The form for <paramref name="count"/>, formatted with the given arguments (when the count is not {0} alone).</summary>
    public static LocalizedString Plural(this IStringLocalizer l, double count, string one, string other, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l[FormFor(count) == PluralForm.One ? one : other, arguments];
    }

    public enum PluralForm
    {
        One,
        Other,
    }

    /// <summary>The portal's two languages (CLDR): "one" is exactly 1, everything else (0, 2, 1.5, 21…) is "other".</summary>
    public static PluralForm FormFor(double count) => count == 1 ? PluralForm.One : PluralForm.Other;
}
