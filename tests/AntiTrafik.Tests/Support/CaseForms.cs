using System.Net;
using AntiTrafik.Tests.Support;

namespace AntiTrafik.Tests.Support;

/// <summary>The case registration form, filled as a caseworker would, with any field overridden.</summary>
public static class CaseForms
{
    public static async Task<List<KeyValuePair<string, string>>> ValidAsync(PortalFactory portal, string first = "Test", string last = "Person",
        string police = "DVP-TIRANE", string social = "SHSSH-TIRANE", params (string Name, string Value)[] overrides) =>
        Fields(first, last, await Users.AgencyIdAsync(portal, police), await Users.AgencyIdAsync(portal, social), overrides);

    /// <summary>A complete, valid registration form for the given police and social-service agencies.</summary>
    public static List<KeyValuePair<string, string>> Fields(string first, string last, int policeAgencyId, int socialServiceAgencyId,
        params (string Name, string Value)[] overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["FirstName"] = first,
            ["LastName"] = last,
            ["Sex"] = "Female",
            ["EstimatedAge"] = "21",
            ["Citizenship"] = "AL",
            ["AccompanyingChildren"] = "0",
            ["Forms"] = "SexualExploitation",
            ["IsCrossBorder"] = "false",
            ["IdentifiedOn"] = "2026-10-01",
            ["Channel"] = "Police",
            ["UnaccompaniedChild"] = "false",
            ["PoliceAgencyId"] = policeAgencyId.ToString(),
            ["SocialServiceAgencyId"] = socialServiceAgencyId.ToString(),
            ["ConsentToAssistance"] = "true",
            ["ConsentToShare"] = "true",
            ["ConsentGivenBy"] = "Person",
            ["Version"] = "0",
        };
        foreach (var (name, value) in overrides)
        {
            fields[name] = value;
        }

        return fields.ToList();
    }

    /// <returns>The new case's id, read from the redirect to its page.</returns>
    public static async Task<int> RegisterAsync(PortalFactory portal, PortalClient client, string first, string last,
        string police = "DVP-TIRANE", string social = "SHSSH-TIRANE", params (string Name, string Value)[] overrides)
    {
        var response = await client.SubmitAsync("/Cases/Register", await ValidAsync(portal, first, last, police, social, overrides));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Registration answered {(int)response.StatusCode}: " + await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
