using AntiTrafik.Web.Resources;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// Every field the portal binds has a bounded length, checked before the value is converted or stored anywhere:
/// <list type="bullet">
/// <item>a form's raw body: no single value over <see cref="RawValueBytes"/> (the request is refused with 400, the
/// portal's own page, before anything runs);</item>
/// <item>every simple value bound to an action (form, query or route; a number, date, choice, flag or text): text at most
/// <see cref="TextLimit"/> characters, anything else at most <see cref="ValueLimit"/>. A longer value is not bound: the
/// field gets a message that does not repeat it, so it can reach neither a page nor the TempData cookie.</item>
/// </list>
/// Each form's validator then holds the field's own, smaller, maximum.
/// </summary>
public static class BoundedBinding
{
    /// <summary>The longest text any form takes (a training's list of named participants).</summary>
    public const int TextLimit = 20_000;

    /// <summary>Numbers, dates, choices, flags and keys are short; 100 characters leave room for any honest one.</summary>
    public const int ValueLimit = 100;

    /// <summary>A form value as sent, percent-encoded: room for <see cref="TextLimit"/> characters of Albanian text and line breaks.</summary>
    public const int RawValueBytes = 256 * 1024;

    public static IServiceCollection AddBoundedBinding(this IServiceCollection services)
    {
        services.Configure<FormOptions>(options => options.ValueLengthLimit = RawValueBytes);
        services.AddSingleton<IConfigureOptions<MvcOptions>, BoundedBinderSetup>();
        return services;
    }

    private sealed class BoundedBinderSetup(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
    {
        public void Configure(MvcOptions options) =>
            options.ModelBinderProviders.Insert(0, new BoundedValueBinderProvider(options.ModelBinderProviders, factory.Create(typeof(SharedResource))));
    }

    /// <summary>Wraps the binder MVC would use for a simple value (anything converted from one string) in the length check.</summary>
    private sealed class BoundedValueBinderProvider(IList<IModelBinderProvider> providers, IStringLocalizer l) : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context)
        {
            var source = context.BindingInfo.BindingSource;
            if (context.Metadata.IsComplexType || context.Metadata.IsEnumerableType
                || (source is not null && (source == BindingSource.Body || source == BindingSource.Services || source == BindingSource.Special)))
            {
                return null;
            }

            foreach (var provider in providers)
            {
                if (provider != this && provider.GetBinder(context) is { } inner)
                {
                    return new BoundedValueBinder(inner, context.Metadata.UnderlyingOrModelType == typeof(string) ? TextLimit : ValueLimit, l);
                }
            }

            return null;
        }
    }

    private sealed class BoundedValueBinder(IModelBinder inner, int limit, IStringLocalizer l) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var values = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            foreach (var value in values.Values)
            {
                if (value is { Length: var length } && length > limit)
                {
                    var field = bindingContext.ModelMetadata.GetDisplayName();
                    bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, limit == TextLimit
                        ? l["{0} is too long: at most {1} characters.", field, limit]
                        : l["The value is not valid for {0}.", field]);
                    bindingContext.Result = ModelBindingResult.Failed();
                    return Task.CompletedTask;
                }
            }

            return inner.BindModelAsync(bindingContext);
        }
    }
}
