using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Infrastructure;

/// <summary>The data version keys the statistics, names and menu caches: it must change with the data and only then.</summary>
public sealed class DataVersionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private long Version => portal.Services.GetRequiredService<DataVersion>().Value;

    [Fact]
    public async Task Signing_in_and_reading_pages_leave_it_alone_and_registering_a_case_changes_it()
    {
        using var police = portal.CreatePortalClient();
        var before = Version;
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        await police.GetPageAsync("/Cases");
        await coordinator.GetPageAsync("/Statistics");
        Assert.Equal(before, Version);

        await CaseForms.RegisterAsync(portal, police, "Versioni", "Ndryshon");
        Assert.NotEqual(before, Version);
    }
}
