using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Risk;

/// <summary>The case's risk and safety section and the form for a new assessment.</summary>
[Authorize(Policies.CaseWork)]
[Route("Cases/{id:int}/Risk")]
public sealed class CaseRiskController(RiskAssessments.Handler risks, AuditTrail audit, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        if (await risks.LoadAsync(id, User) is not { } model)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, User);
        ViewData[CasesController.CaseKey] = model.Case;
        return View(model);
    }

    [HttpGet("New")]
    public async Task<IActionResult> New(int id)
    {
        if (await risks.LoadAsync(id, User) is not { } model)
        {
            return NotFound();
        }

        return model.CanAssess ? FormPage(model, risks.NewForm(model)) : Forbid();
    }

    [HttpPost("New")]
    public async Task<IActionResult> New(int id, RiskAssessments.Form form) =>
        await this.RespondAsync(await risks.RecordAsync(id, form, User, ModelState.IsValid), () => RedirectToAction(nameof(Index), new { id }),
            async () => await risks.LoadAsync(id, User) is { } model ? FormPage(model, form) : NotFound(),
            l["The risk assessment is recorded."]);

    private ViewResult FormPage(RiskAssessments.Model model, RiskAssessments.Form form)
    {
        ViewData[CasesController.CaseKey] = model.Case;
        return View(nameof(New), form);
    }
}
