using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Razor;

namespace AntiTrafik.Web.Infrastructure;

/// <summary>
/// Records each controller's feature folder, taken from its namespace:
/// <c>AntiTrafik.Web.Features.Administration.Users</c> → <c>Administration/Users</c>.
/// </summary>
public sealed class FeatureFolderConvention : IControllerModelConvention
{
    public const string Key = "feature";
    private const string Root = "AntiTrafik.Web.Features.";

    public void Apply(ControllerModel controller)
    {
        var ns = controller.ControllerType.Namespace ?? string.Empty;
        controller.Properties[Key] = ns.StartsWith(Root, StringComparison.Ordinal)
            ? ns[Root.Length..].Replace('.', '/')
            : string.Empty;
    }
}

/// <summary>
/// Views live beside their controller: <c>Features/{feature}/{view}.cshtml</c>, then in the folders above it (a part of a
/// feature, like <c>Cases/Plan</c>, uses the feature's own partials, like the case's header), then <c>Features/Shared</c>.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor.Properties.TryGetValue(FeatureFolderConvention.Key, out var feature))
        {
            context.Values[FeatureFolderConvention.Key] = feature as string;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureFolderConvention.Key, out var feature) && !string.IsNullOrEmpty(feature))
        {
            for (var folder = feature; folder.Length > 0; folder = folder.Contains('/', StringComparison.Ordinal) ? folder[..folder.LastIndexOf('/')] : string.Empty)
            {
                yield return $"/Features/{folder}/{{0}}.cshtml";
            }
        }

        yield return "/Features/Shared/{0}.cshtml";
    }
}
