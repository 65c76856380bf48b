using System.Net;
using AntiTrafik.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Support;

/// <summary>Referring and answering through the case page's forms.</summary>
public static class ReferralSteps
{
    public static async Task<HttpResponseMessage> SendAsync(PortalFactory portal, PortalClient client, int caseId, string receiverCode,
        string urgency = "Routine", string note = "Please help", params string[] services)
    {
        var receiver = await Users.AgencyIdAsync(portal, receiverCode);
        var fields = new List<KeyValuePair<string, string>> { new("ReceivingAgencyId", receiver.ToString()), new("Urgency", urgency), new("Note", note) };
        fields.AddRange((services.Length == 0 ? ["ShelterAccommodation"] : services).Select(s => new KeyValuePair<string, string>("Services", s)));
        return await client.SubmitAsync($"/Cases/{caseId}", $"/Cases/{caseId}/Refer", fields);
    }

    /// <returns>The id of the referral just sent.</returns>
    public static async Task<int> SentAsync(PortalFactory portal, PortalClient client, int caseId, string receiverCode, string urgency = "Routine", params string[] services)
    {
        var response = await SendAsync(portal, client, caseId, receiverCode, urgency, "Please help", services);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await portal.WithDbAsync(db => db.Referrals.Where(r => r.CaseId == caseId).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
    }

    public static async Task<HttpResponseMessage> StepAsync(PortalFactory portal, PortalClient client, int referralId, string step, string? text = null, int? version = null)
    {
        var (caseId, current) = await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId)
            .Select(r => ValueTuple.Create(r.CaseId, r.Version)).SingleAsync());
        return await client.SubmitAsync($"/Cases/{caseId}", $"/Referrals/{referralId}/{step}",
            [new("Text", text ?? ""), new("Version", (version ?? current).ToString())]);
    }

    public static Task<ReferralState> StateAsync(PortalFactory portal, int referralId) =>
        portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.State).SingleAsync());
}
