using AntiTrafik.Domain.Referrals;

namespace AntiTrafik.Web.Features.Referrals;

/// <summary>How long the receiving agency has to accept or decline, by urgency (configuration <c>Referrals:ResponseTime</c>).</summary>
public sealed class ReferralDeadlines
{
    public TimeSpan Emergency { get; set; } = TimeSpan.FromHours(24);
    public TimeSpan Urgent { get; set; } = TimeSpan.FromHours(72);
    public TimeSpan Routine { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan For(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => Emergency,
        Urgency.Urgent => Urgent,
        _ => Routine,
    };
}
