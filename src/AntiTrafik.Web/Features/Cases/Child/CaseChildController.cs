using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Child;

/// <summary>The child's pathway: its section and its form.</summary>
[Authorize(Policies.CaseWork)]
[Route("Cases/{id:int}/Child")]
public sealed class CaseChildController(ChildPathways.Handler pathways, AuditTrail audit, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        if (await pathways.LoadAsync(id, User) is not { } model)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, User);
        ViewData[CasesController.CaseKey] = model.Case;
        return View(model);
    }

    [HttpGet("Edit")]
    public async Task<IActionResult> Edit(int id) =>
        await pathways.LoadAsync(id, User) is not { } model ? NotFound()
        : !model.CanRecord ? Forbid()
        : FormPage(model, await pathways.FormAsync(id));

    [HttpPost("Edit")]
    public async Task<IActionResult> Edit(int id, ChildPathways.Form form) =>
        await this.RespondAsync(await pathways.SaveAsync(id, form, User, ModelState.IsValid), () => RedirectToAction(nameof(Index), new { id }),
            async () =>
            {
                await pathways.PrepareAsync(form);
                return await pathways.LoadAsync(id, User) is { } model ? FormPage(model, form) : NotFound();
            },
            l["The child's pathway is saved."]);

    private ViewResult FormPage(ChildPathways.Model model, ChildPathways.Form form)
    {
        ViewData[CasesController.CaseKey] = model.Case;
        return View(nameof(Edit), form);
    }
}
