using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>What may be asked of <see cref="CaseAuthorizationHandler"/> about one case.</summary>
public static class CaseOperations
{
    /// <summary>See the person's identity and the case's notes.</summary>
    public static readonly OperationAuthorizationRequirement ReadIdentity = new() { Name = nameof(ReadIdentity) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    public static readonly OperationAuthorizationRequirement AddNote = new() { Name = nameof(AddNote) };
    public static readonly OperationAuthorizationRequirement AssessAsPolice = new() { Name = nameof(AssessAsPolice) };
    public static readonly OperationAuthorizationRequirement AssessAsSocialService = new() { Name = nameof(AssessAsSocialService) };
    public static readonly OperationAuthorizationRequirement Reconsider = new() { Name = nameof(Reconsider) };
    public static readonly OperationAuthorizationRequirement CloseOrReopen = new() { Name = nameof(CloseOrReopen) };

    /// <summary>Send a referral for this case to another agency.</summary>
    public static readonly OperationAuthorizationRequirement Refer = new() { Name = nameof(Refer) };

    /// <summary>Offer the lead to another agency.</summary>
    public static readonly OperationAuthorizationRequirement OfferLead = new() { Name = nameof(OfferLead) };

    /// <summary>Accept or decline the lead this agency was offered.</summary>
    public static readonly OperationAuthorizationRequirement AnswerLeadOffer = new() { Name = nameof(AnswerLeadOffer) };

    /// <summary>A supervisor of the lead institution: approve the assistance plan and its reviews.</summary>
    public static readonly OperationAuthorizationRequirement ApprovePlan = new() { Name = nameof(ApprovePlan) };

    /// <summary>Record a risk and vulnerability assessment with its safety plan.</summary>
    public static readonly OperationAuthorizationRequirement AssessRisk = new() { Name = nameof(AssessRisk) };

    /// <summary>Read the justice track (police and prosecution details): the case's police, the lead and the coordinator's office.</summary>
    public static readonly OperationAuthorizationRequirement ReadJustice = new() { Name = nameof(ReadJustice) };

    /// <summary>Record proceedings, compensation and non-punishment: the case's police and the lead.</summary>
    public static readonly OperationAuthorizationRequirement RecordJustice = new() { Name = nameof(RecordJustice) };

    /// <summary>Record the child's pathway (guardian, best interests, family tracing, the child's views): those working on the case.</summary>
    public static readonly OperationAuthorizationRequirement RecordChildPathway = new() { Name = nameof(RecordChildPathway) };

    /// <summary>The coordinator's office: show the identity for one page view, with a typed reason.</summary>
    public static readonly OperationAuthorizationRequirement Reveal = new() { Name = nameof(Reveal) };

    /// <summary>The coordinator's office: link two records as the same person.</summary>
    public static readonly OperationAuthorizationRequirement Link = new() { Name = nameof(Link) };
}
