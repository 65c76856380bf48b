using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases.Justice;

/// <summary>The case's justice track: its section, and the forms for proceedings, compensation and non-punishment.</summary>
[Authorize(Policies.CaseWork)]
[Route("Cases/{id:int}/Justice")]
public sealed class CaseJusticeController(JusticeTrack.Handler justice, Details.Handler details, AuditTrail audit, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        var loaded = await justice.LoadAsync(id, User);
        if (loaded.Result.Status != CommandStatus.Done)
        {
            return Refusal(loaded.Result);
        }

        await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, User);
        ViewData[CasesController.CaseKey] = loaded.Value!.Case;
        return View(loaded.Value);
    }

    [HttpGet("Proceedings/New")]
    public Task<IActionResult> NewProceeding(int id) => ProceedingAsync(id, null);

    [HttpGet("Proceedings/{proceedingId:int}")]
    public Task<IActionResult> EditProceeding(int id, int proceedingId) => ProceedingAsync(id, proceedingId);

    [HttpPost("Proceedings/New")]
    public Task<IActionResult> NewProceeding(int id, JusticeTrack.ProceedingForm form) => SaveProceedingAsync(id, null, form);

    [HttpPost("Proceedings/{proceedingId:int}")]
    public Task<IActionResult> EditProceeding(int id, int proceedingId, JusticeTrack.ProceedingForm form) => SaveProceedingAsync(id, proceedingId, form);

    [HttpGet("Compensation/New")]
    public Task<IActionResult> NewCompensation(int id) => FormAsync(id, nameof(NewCompensation), new JusticeTrack.CompensationForm());

    [HttpPost("Compensation/New")]
    public async Task<IActionResult> NewCompensation(int id, JusticeTrack.CompensationForm form) =>
        await this.RespondAsync(await justice.AddCompensationAsync(id, form, User, ModelState.IsValid), () => Back(id),
            () => FormAsync(id, nameof(NewCompensation), form), l["The compensation claim is recorded."]);

    [HttpGet("NonPunishment/New")]
    public Task<IActionResult> NewNonPunishment(int id) => FormAsync(id, nameof(NewNonPunishment), new JusticeTrack.NonPunishmentForm());

    [HttpPost("NonPunishment/New")]
    public async Task<IActionResult> NewNonPunishment(int id, JusticeTrack.NonPunishmentForm form) =>
        await this.RespondAsync(await justice.AddNonPunishmentAsync(id, form, User, ModelState.IsValid), () => Back(id),
            () => FormAsync(id, nameof(NewNonPunishment), form), l["The offence and what became of it are recorded."]);

    private async Task<IActionResult> ProceedingAsync(int id, int? proceedingId)
    {
        var opened = await justice.ProceedingFormAsync(id, proceedingId, User);
        return opened.Result.Status == CommandStatus.Done ? await FormAsync(id, "Proceeding", opened.Value!, proceedingId) : Refusal(opened.Result);
    }

    private async Task<IActionResult> SaveProceedingAsync(int id, int? proceedingId, JusticeTrack.ProceedingForm form) =>
        await this.RespondAsync(await justice.SaveProceedingAsync(id, proceedingId, form, User, ModelState.IsValid), () => Back(id),
            () => FormAsync(id, "Proceeding", form, proceedingId), l["The proceedings are recorded."]);

    private RedirectToActionResult Back(int id) => RedirectToAction(nameof(Index), new { id });

    /// <summary>A form of the track under the case's header, for those who may record on it.</summary>
    private async Task<IActionResult> FormAsync<TForm>(int id, string view, TForm form, int? proceedingId = null)
    {
        var model = await details.LoadAsync(id, User);
        if (model is null)
        {
            return NotFound();
        }

        if (!model.Can.RecordJustice)
        {
            return Forbid();
        }

        ViewData[CasesController.CaseKey] = model;
        ViewData["ProceedingId"] = proceedingId;
        return View(view, form);
    }

    private IActionResult Refusal(CommandResult result) => result.Status == CommandStatus.NotFound ? NotFound() : Forbid();
}
