using AntiTrafik.Domain.Audit;
using AntiTrafik.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>A portal that allows one warning a day about records the reader cannot see.</summary>
public sealed class OneWarningADayPortal : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DuplicateWarnings:PerDay", "1");
    }
}

/// <summary>
/// The possible-duplicate warning must not become a way to learn, name after name, who is known to other institutions:
/// past the day's number of warnings a reader gets none, and a day later they come back.
/// </summary>
public sealed class DuplicateWarningLimitTests(OneWarningADayPortal portal) : IClassFixture<OneWarningADayPortal>
{
    [Fact]
    public async Task Warnings_about_records_elsewhere_pause_after_the_days_limit_and_resume_a_day_later()
    {
        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        var first = await CaseForms.RegisterAsync(portal, shelter, "Arjola", "Meta", overrides: [("EstimatedAge", "22")]);
        var second = await CaseForms.RegisterAsync(portal, shelter, "Erion", "Lika", overrides: [("EstimatedAge", "13"), ("ConsentGivenBy", "ChildProtectionWorker")]);

        var firstPage = await shelter.GetPageAsync($"/Cases/{first}");
        var secondPage = await shelter.GetPageAsync($"/Cases/{second}");

        Assert.Contains("data-testid=\"match-elsewhere\"", firstPage);
        Assert.DoesNotContain("data-testid=\"match-elsewhere\"", secondPage);
        Assert.Contains("data-testid=\"match-paused\"", secondPage);
        // The one already given stays visible on its own case.
        Assert.Contains("data-testid=\"match-elsewhere\"", await shelter.GetPageAsync($"/Cases/{first}"));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditTrail.CountAsync(a => a.Action == AuditAction.DuplicateWarning)));

        portal.Clock.Advance(TimeSpan.FromHours(25));
        using var nextDay = await portal.SignedInClientAsync(Demo.ShelterTdb);
        Assert.Contains("data-testid=\"match-elsewhere\"", await nextDay.GetPageAsync($"/Cases/{second}"));
    }
}
