using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// What may be asked of <see cref="CaseDocumentAuthorizationHandler"/> about one document of a case. Listing,
/// uploading and downloading a case's documents is reading the case's identity (<see cref="CaseOperations.ReadIdentity"/>).
/// </summary>
public static class CaseDocumentOperations
{
    /// <summary>Take the document off the case.</summary>
    public static readonly OperationAuthorizationRequirement Remove = new() { Name = nameof(Remove) };
}
