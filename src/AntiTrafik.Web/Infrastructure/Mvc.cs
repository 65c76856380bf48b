using AntiTrafik.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Web.Infrastructure;

public static class Mvc
{
    public static IServiceCollection AddPortalMvc(this IServiceCollection services)
    {
        services
            .AddControllersWithViews(options =>
            {
                options.Filters.Add(new FormReadFilter());
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<ValidationFilter>();
                options.Conventions.Add(new FeatureFolderConvention());
                // Field rules live in the FluentValidation validators only, not also in implicit [Required].
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            // Validation runs on the server; no data-val attributes for a client library we do not ship.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddRazorOptions(options => options.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));

        // Albanian letters (ë, ç) are written as they are, not as numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddBoundedBinding();
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
        // One message per field: a missing value is not also reported as an invalid one.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddFeatureHandlers();
        services.AddScoped<Features.Statistics.CtdcExport>();
        services.AddSingleton<Exports.ExportJobs>();
        // Drafts past their lifetime are deleted in the background (reads leave them out anyway).
        services.AddHostedService<Features.Drafts.DraftStore.ExpiryJob>();
        services.AddMemoryCache();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "AntiTrafik.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddHealthChecks().AddDbContextCheck<AntiTrafik.Data.AppDbContext>("database");
        return services;
    }

    /// <summary>Each use case's <c>…Handler</c> (nested in its feature file) is a scoped service.</summary>
    private static void AddFeatureHandlers(this IServiceCollection services)
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsNested: true } && t.Name.EndsWith("Handler", StringComparison.Ordinal)
                && t.Namespace?.StartsWith("AntiTrafik.Web.Features", StringComparison.Ordinal) == true);
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }
    }
}
