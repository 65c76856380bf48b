using AntiTrafik.Tests.Support;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>The coordinator's lead-institution filter is a searchable list grouped by kind and county, and filters.</summary>
public sealed class CaseListFilterTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_lead_institution_filter_is_grouped_searchable_and_filters_the_list()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceVlora);
        var last = "Filtri" + Guid.NewGuid().ToString("N")[..5];
        await CaseForms.RegisterAsync(portal, police, "Alda", last, police: "DVP-VLORE", social: "SHSSH-VLORE");
        var vlora = await Users.AgencyIdAsync(portal, "DVP-VLORE");
        var tirana = await Users.AgencyIdAsync(portal, "DVP-TIRANE");
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);

        var page = await coordinator.GetPageAsync("/Cases?State=All");
        Assert.Matches("<select id=\"lead\"[^>]*data-enhance=\"search\"", page);
        Assert.Matches("<optgroup label=\"[^\"]*Vlorë\">", page);

        var initials = "A." + last[0] + ".";
        Assert.Contains(initials, await coordinator.GetPageAsync($"/Cases?State=All&LeadAgencyId={vlora}"));
        Assert.DoesNotContain(initials, await coordinator.GetPageAsync($"/Cases?State=All&LeadAgencyId={tirana}"));
    }
}
