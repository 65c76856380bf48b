using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Documents;

/// <summary>
/// Taking a document off a case, after a page that asks to confirm: for the institution that uploaded it or the case's
/// lead (<see cref="CaseDocumentAuthorizationHandler"/>), among those who read the case's documents. Audited; the content
/// goes with the row.
/// </summary>
public static class Remove
{
    /// <summary>The confirmation page: the case's header and the document as its list shows it.</summary>
    public sealed record Model(Details.Model Case, List.Row Document);

    public sealed class Handler(AppDbContext db, List.Handler list, IAuthorizationService authorization, DocumentStorage storage, AuditTrail audit,
        IStringLocalizer<SharedResource> l)
    {
        /// <returns>The page, or not found / forbidden.</returns>
        public async Task<(CaseAccessOutcome Access, Model? Page)> ConfirmAsync(int caseId, int documentId, ClaimsPrincipal user)
        {
            var page = await list.LoadAsync(caseId, user);
            if (page is null || page.Documents.FirstOrDefault(d => d.Id == documentId) is not { } document)
            {
                return (CaseAccessOutcome.NotFound, null);
            }

            return document.CanRemove ? (CaseAccessOutcome.Allowed, new Model(page.Case, document)) : (CaseAccessOutcome.Forbidden, null);
        }

        public async Task<CommandResult> RemoveAsync(int caseId, int documentId, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user).AsNoTracking(), caseId, user, CaseOperations.ReadIdentity);
            if (@case is null)
            {
                return Actions.Refusal(access);
            }

            var document = await db.CaseDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, cancellationToken);
            if (document is null)
            {
                return CommandResult.NotFound();
            }

            if (!(await authorization.AuthorizeAsync(user, new CaseDocumentAccessFacts(@case.LeadAgencyId, document.AgencyId), CaseDocumentOperations.Remove)).Succeeded)
            {
                return CommandResult.Forbidden();
            }

            db.CaseDocuments.Remove(document);
            if (await db.SaveOrRefuseAsync(() => Task.FromResult(CommandResult.Refused(l["Someone else removed this document meanwhile."])), cancellationToken)
                is { IsDone: false } refused)
            {
                return refused;
            }

            storage.Of(document).Delete(document);
            await audit.RecordAsync(AuditAction.Update, nameof(Case), caseId, DocumentNotes.Removed(document), user);
            return CommandResult.Done();
        }
    }
}
