using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Security;

/// <summary>One controller action the portal exposes, as the endpoint data source lists it.</summary>
public sealed record PortalEndpoint(string Controller, string Action, string Method, string Template)
{
    public string Key => $"{Method} {Controller}.{Action}";

    public static IReadOnlyList<PortalEndpoint> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(x => x.Action is not null)
            .SelectMany(x => (x.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Select(method => new PortalEndpoint(x.Action!.ControllerName, x.Action.ActionName, method, x.Endpoint.RoutePattern.RawText ?? string.Empty)))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
}
