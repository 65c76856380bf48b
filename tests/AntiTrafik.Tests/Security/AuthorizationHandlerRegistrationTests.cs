using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Security;

public sealed class AuthorizationHandlerRegistrationTests
{
    /// <summary>A resource handler that is written but not registered would refuse everything it should decide.</summary>
    [Fact]
    public void Every_authorization_handler_of_the_portal_is_registered()
    {
        var handlers = typeof(Policies).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAuthorizationHandler).IsAssignableFrom(t))
            .ToHashSet();
        var registered = new ServiceCollection().AddPortalAuthorization()
            .Where(d => d.ServiceType == typeof(IAuthorizationHandler))
            .Select(d => d.ImplementationType)
            .ToHashSet();

        Assert.Contains(typeof(CaseAuthorizationHandler), handlers);
        Assert.Empty(handlers.Where(h => !registered.Contains(h)).Select(h => h.Name));
    }
}
