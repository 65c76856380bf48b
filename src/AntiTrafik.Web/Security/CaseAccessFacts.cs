using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Security;

/// <summary>What the authorization handler needs to know about a case the user already sees.</summary>
public sealed record CaseAccessFacts(
    int LeadAgencyId,
    int PoliceAgencyId,
    int SocialServiceAgencyId,
    int? ProposedLeadAgencyId,
    IReadOnlyCollection<int> LiveReceivers,
    IReadOnlyCollection<int> CompletedReceivers)
{
    public static async Task<CaseAccessFacts> ForAsync(AppDbContext db, Case @case)
    {
        var receivers = await db.Referrals.AsNoTracking()
            .Where(r => r.CaseId == @case.Id)
            .Select(r => new { r.ReceivingAgencyId, r.State })
            .ToListAsync();
        return From(@case, receivers.Select(r => (r.ReceivingAgencyId, r.State)));
    }

    /// <summary>The same facts from the case's referrals already loaded (all of them; declined and withdrawn ones give nothing).</summary>
    public static CaseAccessFacts From(Case @case, IEnumerable<(int ReceivingAgencyId, ReferralState State)> referrals)
    {
        var live = referrals.Where(r => CaseScope.GivesAccess(r.State)).ToList();
        return new CaseAccessFacts(@case.LeadAgencyId, @case.PoliceAgencyId, @case.SocialServiceAgencyId, @case.ProposedLeadAgencyId,
            live.Where(r => r.State != ReferralState.Completed).Select(r => r.ReceivingAgencyId).ToHashSet(),
            live.Where(r => r.State == ReferralState.Completed).Select(r => r.ReceivingAgencyId).ToHashSet());
    }
}
