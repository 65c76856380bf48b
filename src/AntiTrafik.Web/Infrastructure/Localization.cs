using System.Globalization;
using System.Reflection;
using AntiTrafik.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using System.ComponentModel.DataAnnotations;

namespace AntiTrafik.Web.Infrastructure;

public static class PortalCultures
{
    public const string Albanian = "sq";
    public const string English = "en";

    /// <summary>Both languages show dates as dd.MM.yyyy, as Albanian documents do.</summary>
    public static IList<CultureInfo> All { get; } = [Create(Albanian), Create(English)];

    public static bool IsSupported(string? name) =>
        All.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    private static CultureInfo Create(string name)
    {
        var culture = new CultureInfo(name);
        culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        return culture;
    }
}

public static class Localization
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<IStringLocalizerFactory, CachingStringLocalizerFactory>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(PortalCultures.All[0]);
            options.SupportedCultures = PortalCultures.All;
            options.SupportedUICultures = PortalCultures.All;
            // Only the user's explicit choice counts; a browser's Accept-Language does not override Albanian.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();

        var strings = new ResourceManagerStringLocalizerFactory(
                Options.Create(new LocalizationOptions()), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));
        ValidatorOptions.Global.LanguageManager = new PortalValidationMessages();
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member?.GetCustomAttribute<DisplayAttribute>()?.Name is { } name ? strings[name] : member?.Name;
        return services;
    }
}

/// <summary>
/// MVC's own binding messages, in the user's language. None repeats the value that was sent: a message can end up in
/// the TempData cookie (a notice on the page the user is sent back to), and sent text must never grow a cookie. The form
/// that is shown again still holds what was typed, next to the message.
/// </summary>
internal sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => l["The value is not valid for {0}.", field]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["The value is not valid for {0}.", field]);
        messages.SetValueIsInvalidAccessor(_ => l["The value is not valid."]);
        messages.SetValueMustBeANumberAccessor(field => l["{0} must be a number.", field]);
        messages.SetMissingBindRequiredValueAccessor(field => l["{0} is required.", field]);
        messages.SetValueMustNotBeNullAccessor(value => l["{0} is required.", value]);
        messages.SetMissingKeyOrValueAccessor(() => l["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["A value is required."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => l["The value is not valid."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["A value is required."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["The field must be a number."]);
    }
}

/// <summary>
/// FluentValidation's default messages in Albanian (its English ones stay for <c>en</c>, but for the few that would repeat
/// the value that was sent: like MVC's binding messages above, no message echoes input).
/// </summary>
internal sealed class PortalValidationMessages : FluentValidation.Resources.LanguageManager
{
    public PortalValidationMessages()
    {
        const string en = PortalCultures.English;
        AddTranslation(en, "InclusiveBetweenValidator", "'{PropertyName}' must be between {From} and {To}.");
        AddTranslation(en, "ExclusiveBetweenValidator", "'{PropertyName}' must be between {From} and {To} (exclusive).");
        AddTranslation(en, "EnumValidator", "'{PropertyName}' has a value that is not allowed.");

        const string sq = PortalCultures.Albanian;
        AddTranslation(sq, "NotEmptyValidator", "Fusha „{PropertyName}” është e detyrueshme.");
        AddTranslation(sq, "NotNullValidator", "Fusha „{PropertyName}” është e detyrueshme.");
        AddTranslation(sq, "EmailValidator", "„{PropertyName}” nuk është adresë e vlefshme email-i.");
        AddTranslation(sq, "MaximumLengthValidator", "„{PropertyName}” mund të ketë deri në {MaxLength} shenja; keni shkruar {TotalLength}.");
        AddTranslation(sq, "MinimumLengthValidator", "„{PropertyName}” duhet të ketë të paktën {MinLength} shenja; keni shkruar {TotalLength}.");
        AddTranslation(sq, "LengthValidator", "„{PropertyName}” duhet të ketë {MinLength} deri në {MaxLength} shenja; keni shkruar {TotalLength}.");
        AddTranslation(sq, "EqualValidator", "„{PropertyName}” duhet të jetë e njëjtë me „{ComparisonProperty}”.");
        AddTranslation(sq, "NotEqualValidator", "„{PropertyName}” nuk duhet të jetë „{ComparisonValue}”.");
        AddTranslation(sq, "RegularExpressionValidator", "„{PropertyName}” nuk është në formatin e duhur.");
        AddTranslation(sq, "EnumValidator", "„{PropertyName}” ka një vlerë që nuk lejohet.");
        AddTranslation(sq, "GreaterThanValidator", "„{PropertyName}” duhet të jetë më e madhe se {ComparisonValue}.");
        AddTranslation(sq, "InclusiveBetweenValidator", "„{PropertyName}” duhet të jetë nga {From} deri në {To}.");
        AddTranslation(sq, "PredicateValidator", "„{PropertyName}” nuk është e vlefshme.");
        AddTranslation(sq, "AsyncPredicateValidator", "„{PropertyName}” nuk është e vlefshme.");
    }
}
