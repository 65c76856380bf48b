using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Documents;

/// <summary>
/// A case's documents, a section of its workspace. Every address holds ids only: a case outside the reader's scope is
/// 404 for each of them, as for the case's other pages.
/// </summary>
[Authorize(Policies.CaseWork)]
[Route("Cases/{id:int}/Documents")]
public sealed class DocumentsController(List.Handler list, AuditTrail audit, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(int id) => ShowAsync(id);

    /// <summary>Refused or invalid: the section again, with the messages beside the fields and what was typed.</summary>
    [HttpPost(""), DocumentUpload]
    public async Task<IActionResult> Upload(int id, Upload.Form form, [FromServices] Upload.Handler handler, CancellationToken cancellationToken) =>
        await this.RespondAsync(await handler.UploadAsync(id, form, User, ModelState.IsValid, cancellationToken),
            () => RedirectToAction(nameof(Index), new { id }), () => ShowAsync(id), l["The document is added."]);

    /// <summary>Always a download of the type found from the file's bytes, never kept by a browser or a proxy.</summary>
    [HttpGet("{documentId:int}")]
    public async Task<IActionResult> Download(int id, int documentId, [FromServices] Download.Handler handler, CancellationToken cancellationToken)
    {
        var (access, file) = await handler.OpenAsync(id, documentId, User, cancellationToken);
        if (file is null)
        {
            return access == CaseAccessOutcome.Forbidden ? Forbid() : NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("{documentId:int}/Remove")]
    public async Task<IActionResult> Remove(int id, int documentId, [FromServices] Remove.Handler handler)
    {
        var (access, page) = await handler.ConfirmAsync(id, documentId, User);
        if (page is null)
        {
            return access == CaseAccessOutcome.Forbidden ? Forbid() : NotFound();
        }

        await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, User);
        ViewData[CasesController.CaseKey] = page.Case;
        return View(page);
    }

    [HttpPost("{documentId:int}/Remove")]
    public async Task<IActionResult> Remove(int id, int documentId, [FromServices] Remove.Handler handler, CancellationToken cancellationToken) =>
        this.RespondOnPage(await handler.RemoveAsync(id, documentId, User, cancellationToken), () => RedirectToAction(nameof(Index), new { id }),
            l["The document is removed."]);

    /// <summary>The section (also shown again after a refused upload); every showing is a look at the case, in the audit trail.</summary>
    private async Task<IActionResult> ShowAsync(int id)
    {
        var model = await list.LoadAsync(id, User);
        if (model is null)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, User);
        ViewData[CasesController.CaseKey] = model.Case;
        return View("Index", model);
    }
}
