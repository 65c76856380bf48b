using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Cases.Documents;

/// <summary>
/// A case's documents, as their reader may see them: everyone who sees the case sees that a document exists (its kind,
/// type, size, who added it and when); the institutions working on the case (<see cref="CaseOperations.ReadIdentity"/>)
/// also read its description and file name and download it. The coordinator's office sees the list without them: its
/// reveal shows the identity for one page after a typed reason, and no such step opens a document (see docs/architecture.md).
/// The list never reads a document's content.
/// </summary>
public static class List
{
    /// <param name="Description">Null when the reader may not open the case's documents, or none was given.</param>
    /// <param name="FileName">Null when the reader may not open the case's documents.</param>
    public sealed record Row(int Id, DocumentKind Kind, string? Description, string? FileName, string Type, long Length,
        string Agency, string User, DateTime UploadedAt, bool CanRemove);

    /// <param name="CanOpen">May upload, and see and download every document.</param>
    public sealed record Model(Details.Model Case, IReadOnlyList<Row> Documents, bool CanOpen);

    public sealed class Handler(AppDbContext db, Details.Handler details, PersonalDataProtector protector, IAuthorizationService authorization, ReferenceNames names)
    {
        /// <returns>Null when the case is not in the reader's scope.</returns>
        public async Task<Model?> LoadAsync(int caseId, ClaimsPrincipal user)
        {
            var @case = await details.LoadAsync(caseId, user);
            if (@case is null)
            {
                return null;
            }

            var open = @case.Can.ReadIdentity;
            var documents = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId)
                .OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id)
                .Select(d => new { d.Id, d.Kind, d.ProtectedDescription, d.ProtectedFileName, d.ContentType, d.Length, d.AgencyId, d.UploadedById, d.UploadedAt })
                .ToListAsync();
            var directory = await names.GetAsync();
            var rows = new List<Row>(documents.Count);
            foreach (var d in documents)
            {
                var removable = open && (await authorization.AuthorizeAsync(user,
                    new CaseDocumentAccessFacts(@case.Case.LeadAgencyId, d.AgencyId), CaseDocumentOperations.Remove)).Succeeded;
                rows.Add(new Row(d.Id, d.Kind, open ? protector.Unseal(d.ProtectedDescription) : null, open ? protector.Unseal(d.ProtectedFileName) : null,
                    FileTypes.LabelOf(d.ContentType), d.Length, directory.Agency(d.AgencyId), directory.User(d.UploadedById), d.UploadedAt, removable));
            }

            return new Model(@case, rows, open);
        }
    }
}
