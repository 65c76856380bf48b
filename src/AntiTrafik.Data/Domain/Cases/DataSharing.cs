namespace AntiTrafik.Domain.Cases;

public enum SharingDecision
{
    /// <summary>The person (or, for a child, the guardian) agreed to their data being shared with other agencies.</summary>
    Agreed = 1,

    /// <summary>A child without that agreement: child protection or police may act in the child's best interest.</summary>
    ChildsBestInterest,

    /// <summary>An adult who did not agree, or whose agreement is not recorded.</summary>
    NoAgreement,

    /// <summary>A child without agreement, and the agency is neither child protection nor police.</summary>
    ChildNeedsChildProtectionOrPolice,
}

/// <summary>
/// The one rule for letting another agency see a case (a referral, or handing over the lead): only with the
/// person's recorded agreement to sharing their data, except for a child, whom child protection or police may
/// refer in the child's best interest.
/// </summary>
public static class DataSharing
{
    public static SharingDecision Decide(bool isMinor, bool? agreed, AgencyKind actingAgency) =>
        agreed == true ? SharingDecision.Agreed
        : !isMinor ? SharingDecision.NoAgreement
        : actingAgency is AgencyKind.ChildProtection or AgencyKind.Police ? SharingDecision.ChildsBestInterest
        : SharingDecision.ChildNeedsChildProtectionOrPolice;

    public static bool Allows(this SharingDecision decision) => decision is SharingDecision.Agreed or SharingDecision.ChildsBestInterest;
}
