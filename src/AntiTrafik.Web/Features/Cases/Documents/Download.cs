using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Cases.Documents;

/// <summary>
/// A document opened for an institution working on the case, and written to the audit trail before it is sent. The
/// coordinator's office is refused (403): see <see cref="List"/>.
/// </summary>
public static class Download
{
    /// <param name="FileName">The uploaded name, with the extension of the type found.</param>
    public sealed record File(string FileName, string ContentType, byte[] Content);

    /// <param name="Access">Allowed with <paramref name="File"/>; not found (outside the scope, or no such document on the case); forbidden.</param>
    public sealed record Result(CaseAccessOutcome Access, File? File);

    public sealed class Handler(AppDbContext db, IAuthorizationService authorization, PersonalDataProtector protector, DocumentStorage storage, AuditTrail audit)
    {
        public async Task<Result> OpenAsync(int caseId, int documentId, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user).AsNoTracking(), caseId, user, CaseOperations.ReadIdentity);
            if (@case is null)
            {
                return new Result(access, null);
            }

            var document = await db.CaseDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, cancellationToken);
            if (document is null || await storage.Of(document).ReadAsync(document, cancellationToken) is not { } sealedContent)
            {
                return new Result(CaseAccessOutcome.NotFound, null);
            }

            var file = new File(protector.Unseal(document.ProtectedFileName)!, document.ContentType, protector.UnsealDocument(sealedContent));
            await audit.RecordAsync(AuditAction.Download, nameof(Case), caseId, DocumentNotes.Of(document), user);
            return new Result(CaseAccessOutcome.Allowed, file);
        }
    }
}
