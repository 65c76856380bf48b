using System.Globalization;
using AntiTrafik.Domain;
using AntiTrafik.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// <see cref="PlausibleDates"/> (the portal's one rule for dates) as a validator rule for forms and as a check for the
/// filters of list pages, with the same message in both.
/// </summary>
public static class DateRules
{
    /// <summary>An empty date passes (whether it is required is the form's own rule); any other must be plausible.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> Plausible<T>(this IRuleBuilder<T, DateOnly?> rule, DateKind kind, TimeProvider clock, IStringLocalizer<SharedResource> l) =>
        rule.Must(date => date is null || PlausibleDates.IsPlausible(date.Value, kind, PortalTime.Today(clock)))
            .WithMessage((_, date) => Message(kind, date!.Value, PortalTime.Today(clock), l));

    /// <summary>The day of a date and time (a meeting's start) must be plausible.</summary>
    public static IRuleBuilderOptions<T, DateTime?> Plausible<T>(this IRuleBuilder<T, DateTime?> rule, DateKind kind, TimeProvider clock, IStringLocalizer<SharedResource> l) =>
        rule.Must(date => date is null || PlausibleDates.IsPlausible(DateOnly.FromDateTime(date.Value), kind, PortalTime.Today(clock)))
            .WithMessage((_, date) => Message(kind, DateOnly.FromDateTime(date!.Value), PortalTime.Today(clock), l));

    /// <summary>Why a date is refused: "not in the future" for what has happened, otherwise the range it must lie in.</summary>
    public static string Message(DateKind kind, DateOnly date, DateOnly today, IStringLocalizer<SharedResource> l)
    {
        var (first, last) = PlausibleDates.Range(kind, today);
        return date > today && last == today
            ? l["The date cannot be in the future."]
            : l["Give a date from {0} to {1}.", Show(first), Show(last)];
    }

    public static string YearMessage(DateOnly today, IStringLocalizer<SharedResource> l)
    {
        var (first, last) = PlausibleDates.Years(today);
        return l["Give a year from {0} to {1}.", first, last];
    }

    /// <summary>
    /// For a list page's filter: the date when it is plausible for a period; otherwise null (the filter is not applied)
    /// and the reason is put in the page's messages under the field's name.
    /// </summary>
    public static DateOnly? Filter(DateOnly? date, string field, ModelStateDictionary modelState, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        if (date is not { } value)
        {
            return null;
        }

        var today = PortalTime.Today(clock);
        if (PlausibleDates.IsPlausible(value, DateKind.Period, today))
        {
            return value;
        }

        modelState.AddModelError(field, Message(DateKind.Period, value, today, l));
        return null;
    }

    private static string Show(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
