using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Plan;

/// <summary>The case's assistance plan: its section, the plan's form, the review's form, and the approval steps.</summary>
[Authorize(Policies.CaseWork)]
[Route("Cases/{id:int}/Plan")]
public sealed class CasePlanController(
    PlanPage.Handler page,
    PlanForm.Handler plans,
    PlanSteps.Handler steps,
    AuditTrail audit,
    IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        if (await page.LoadAsync(id, User) is not { } model)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, User);
        ViewData[CasesController.CaseKey] = model.Case;
        return View(model);
    }

    [HttpGet("Edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var opened = await plans.OpenAsync(id, User);
        return opened.Result.Status switch
        {
            CommandStatus.NotFound => NotFound(),
            CommandStatus.Forbidden => Forbid(),
            _ => await FormPageAsync(id, opened.Value!),
        };
    }

    [HttpPost("Edit")]
    public async Task<IActionResult> Edit(int id, PlanForm.Form form) =>
        await this.RespondAsync(await plans.SaveAsync(id, form, User, ModelState.IsValid), () => RedirectToAction(nameof(Index), new { id }),
            async () =>
            {
                await plans.PrepareAsync(form);
                return await FormPageAsync(id, form);
            },
            l["The plan is saved. Send it to a supervisor for approval when it is ready."]);

    [HttpPost("Submit")]
    public async Task<IActionResult> Submit(int id) =>
        OnSection(id, await steps.SubmitAsync(id, User), l["The plan was sent to a supervisor for approval."]);

    [HttpPost("Approve")]
    public async Task<IActionResult> Approve(int id) =>
        OnSection(id, await steps.ApproveAsync(id, User), l["The plan is approved."]);

    [HttpGet("Review")]
    public async Task<IActionResult> Review(int id)
    {
        if (await page.LoadAsync(id, User) is not { } model)
        {
            return NotFound();
        }

        if (!model.CanWrite)
        {
            return Forbid();
        }

        // A review follows an approved plan, and waits for the last one's approval: otherwise the plan says why not.
        if (model.Plan is not { State: ApprovalState.Approved, Waiting: null })
        {
            return RedirectToAction(nameof(Index), new { id });
        }

        return ReviewPage(model, await steps.ReviewFormAsync(id));
    }

    [HttpPost("Review")]
    public async Task<IActionResult> Review(int id, PlanSteps.ReviewForm form) =>
        await this.RespondAsync(await steps.ReviewAsync(id, form, User, ModelState.IsValid), () => RedirectToAction(nameof(Index), new { id }),
            async () => await page.LoadAsync(id, User) is { } model ? ReviewPage(model, form) : NotFound(),
            l["The review is recorded and waits for a supervisor's approval."]);

    [HttpPost("Reviews/{number:int}/Approve")]
    public async Task<IActionResult> ApproveReview(int id, int number) =>
        OnSection(id, await steps.ApproveReviewAsync(id, number, User), l["The review is approved."]);

    private IActionResult OnSection(int id, CommandResult result, string notice) =>
        this.RespondOnPage(result, () => RedirectToAction(nameof(Index), new { id }), notice);

    private async Task<IActionResult> FormPageAsync(int id, PlanForm.Form form)
    {
        if (await page.LoadAsync(id, User) is not { } model)
        {
            return NotFound();
        }

        ViewData[CasesController.CaseKey] = model.Case;
        return View(nameof(Edit), form);
    }

    private ViewResult ReviewPage(PlanPage.Model model, PlanSteps.ReviewForm form)
    {
        ViewData[CasesController.CaseKey] = model.Case;
        ViewData["Plan"] = model;
        return View(nameof(Review), form);
    }
}
