namespace AntiTrafik.Web.Security;

/// <summary>What the authorization handler needs to know about a referral: the two agencies it is between.</summary>
public sealed record ReferralAccessFacts(int SendingAgencyId, int ReceivingAgencyId);
