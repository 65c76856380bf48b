using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Features.Drafts;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases;

[Authorize(Policies.CaseWork)]
[Route("Cases")]
public sealed class CasesController(
    Details.Handler details,
    Actions.Handler actions,
    CaseForm.ChoicesHandler choices,
    AuditTrail audit,
    IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] Index.Query query, [FromServices] Index.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, User, cancellationToken));

    [HttpGet("Register"), Authorize(Policies.CaseRegistration)]
    public async Task<IActionResult> Register([FromServices] TimeProvider clock) =>
        View("Form", await choices.FillAsync(new CaseForm { IdentifiedOn = PortalTime.Today(clock) }));

    [HttpPost("Register"), Authorize(Policies.CaseRegistration), Draft(DraftKinds.Keys.CaseRegistration)]
    public async Task<IActionResult> Register(CaseForm form, [FromServices] Register.Handler handler)
    {
        form.Id = null;
        var result = ModelState.IsValid ? await handler.RegisterAsync(form, User) : CommandResult.Invalid();
        return await this.RespondAsync(result, id => RedirectToAction(nameof(Details), new { id }),
            async () => View("Form", await choices.FillAsync(form)), l["The case is registered."]);
    }

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id) => ShowAsync(id);

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, [FromServices] Edit.Handler handler)
    {
        var result = await handler.LoadAsync(id, User);
        return result.IsDone ? View("Form", await choices.FillAsync(result.Value!)) : await Outcome(id, result.Result);
    }

    [HttpPost("{id:int}/Edit"), Draft(DraftKinds.Keys.CaseEdit)]
    public async Task<IActionResult> Edit(int id, CaseForm form, [FromServices] Edit.Handler handler)
    {
        form.Id = id;
        var result = await handler.SaveAsync(id, form, User, ModelState.IsValid);
        return await this.RespondAsync(result, () => RedirectToAction(nameof(Details), new { id }),
            async () => View("Form", await choices.FillAsync(form)), l["The changes are saved."]);
    }

    [HttpPost("{id:int}/Assess/{side}"), Draft(DraftKinds.Keys.Assessment)]
    public Task<IActionResult> Assess(int id, AssessingSide side, Actions.AssessForm form) =>
        Act(id, valid => actions.AssessAsync(id, side, form, User, valid));

    [HttpPost("{id:int}/Reconsider")]
    public Task<IActionResult> Reconsider(int id, Actions.ReasonForm form) =>
        Act(id, valid => actions.ReconsiderAsync(id, form, User, valid));

    [HttpPost("{id:int}/Close")]
    public Task<IActionResult> Close(int id, Actions.CloseForm form) =>
        Act(id, valid => actions.CloseAsync(id, form, User, valid));

    [HttpPost("{id:int}/Reopen")]
    public Task<IActionResult> Reopen(int id, Actions.ReasonForm form) =>
        Act(id, valid => actions.ReopenAsync(id, form, User, valid));

    [HttpPost("{id:int}/Notes")]
    public Task<IActionResult> AddNote(int id, Actions.NoteForm form) =>
        Act(id, valid => actions.AddNoteAsync(id, form, User, valid));

    [HttpPost("{id:int}/Consent")]
    public Task<IActionResult> Consent(int id, Actions.ConsentForm form) =>
        Act(id, valid => actions.RecordConsentAsync(id, form, User, valid));

    [HttpPost("{id:int}/Refer")]
    public Task<IActionResult> Refer(int id, Referrals.Send.Form form, [FromServices] Referrals.Send.Handler handler) =>
        Act(id, valid => handler.SendAsync(id, form, User, valid));

    [HttpPost("{id:int}/Lead/Offer")]
    public Task<IActionResult> OfferLead(int id, Actions.LeadOfferForm form) =>
        Act(id, valid => actions.OfferLeadAsync(id, form, User, valid));

    [HttpPost("{id:int}/Lead/Answer")]
    public Task<IActionResult> AnswerLeadOffer(int id, bool accept) =>
        Act(id, valid => actions.AnswerLeadOfferAsync(id, accept, User, valid));

    /// <summary>The coordinator's office sees the identity in this one response, after giving a reason.</summary>
    [HttpPost("{id:int}/Reveal")]
    public async Task<IActionResult> Reveal(int id, Actions.ReasonForm form)
    {
        var result = await actions.RevealAsync(id, form, User, ModelState.IsValid);
        return result.IsDone ? View(nameof(Details), await details.LoadAsync(id, User, revealed: true)) : await Outcome(id, result);
    }

    [HttpGet("Duplicates"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> Duplicates([FromServices] Duplicates.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.UnlinkedPairsAsync(cancellationToken));

    [HttpPost("Link"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> Link(int caseId, int otherId, [FromServices] Duplicates.Handler handler)
    {
        var result = await handler.LinkAsync(caseId, otherId, User);
        return this.RespondOnPage(result, () => RedirectToAction(nameof(Duplicates)), l["The two records are linked as one person."]);
    }

    /// <summary>Runs a change; the handler checks access before it looks at the form, so a form with errors goes back only to someone who may make that change.</summary>
    private async Task<IActionResult> Act(int id, Func<bool, Task<CommandResult>> action) =>
        await Outcome(id, await action(ModelState.IsValid));

    /// <summary>Done: back to the case page; refused or invalid: the case page again, with the message and what was typed.</summary>
    private Task<IActionResult> Outcome(int id, CommandResult result) =>
        this.RespondAsync(result, () => RedirectToAction(nameof(Details), new { id }), () => ShowAsync(id), l["The changes are saved."]);

    /// <summary>
    /// The case page, also shown again with the errors and what the user typed kept in ModelState: every
    /// showing is a look at the case, recorded in the audit trail.
    /// </summary>
    private async Task<IActionResult> ShowAsync(int id)
    {
        var model = await details.LoadAsync(id, User);
        if (model is null)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, User);
        return View(nameof(Details), model);
    }
}
