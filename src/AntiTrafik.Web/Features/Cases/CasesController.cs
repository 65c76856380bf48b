using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
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
    public Task<IActionResult> Details(int id) => ShowAsync(id, nameof(Details));

    [HttpGet("{id:int}/Identification")]
    public Task<IActionResult> Identification(int id) => ShowAsync(id, nameof(Identification));

    [HttpGet("{id:int}/Referrals")]
    public Task<IActionResult> Referrals(int id) => ShowAsync(id, nameof(Referrals));

    [HttpGet("{id:int}/Timeline")]
    public Task<IActionResult> Timeline(int id) => ShowAsync(id, nameof(Timeline));

    /// <summary>The case on paper: what the reader may see, nothing more (the coordinator's office: without the identity).</summary>
    [HttpGet("{id:int}/Print")]
    public Task<IActionResult> Print(int id) => ShowAsync(id, nameof(Print));

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, [FromServices] Edit.Handler handler)
    {
        var result = await handler.LoadAsync(id, User);
        return result.IsDone ? View("Form", await choices.FillAsync(result.Value!)) : await Outcome(id, result.Result, nameof(Details), null);
    }

    [HttpPost("{id:int}/Edit"), Draft(DraftKinds.Keys.CaseEdit)]
    public async Task<IActionResult> Edit(int id, CaseForm form, [FromServices] Edit.Handler handler)
    {
        form.Id = id;
        var result = await handler.SaveAsync(id, form, User, ModelState.IsValid);
        return await this.RespondAsync(result, () => RedirectToAction(nameof(Details), new { id }),
            async () => View("Form", await choices.FillAsync(form)), l["The changes are saved."]);
    }

    [HttpGet("{id:int}/Assess/{side}")]
    public Task<IActionResult> Assess(int id, AssessingSide side) =>
        FormAsync(id, nameof(Assess), new Actions.AssessForm(), can => side == AssessingSide.Police ? can.AssessAsPolice : can.AssessAsSocialService);

    [HttpPost("{id:int}/Assess/{side}"), Draft(DraftKinds.Keys.Assessment)]
    public async Task<IActionResult> Assess(int id, AssessingSide side, Actions.AssessForm form) =>
        await Outcome(id, await actions.AssessAsync(id, side, form, User, ModelState.IsValid), nameof(Identification), l["The assessment is recorded."],
            () => FormAsync(id, nameof(Assess), form));

    [HttpPost("{id:int}/Reconsider")]
    public async Task<IActionResult> Reconsider(int id, Actions.ReasonForm form) =>
        await Outcome(id, await actions.ReconsiderAsync(id, form, User, ModelState.IsValid), nameof(Identification),
            l["A reconsideration is opened: both sides of the joint interview assess the case again."]);

    /// <summary>Closing sits apart from everyday work: its own page says what closing means and asks for the reason.</summary>
    [HttpGet("{id:int}/Close")]
    public Task<IActionResult> Close(int id) => FormAsync(id, nameof(Close), new Actions.CloseForm(), can => can.CloseOrReopen);

    [HttpPost("{id:int}/Close")]
    public async Task<IActionResult> Close(int id, Actions.CloseForm form) =>
        await Outcome(id, await actions.CloseAsync(id, form, User, ModelState.IsValid), nameof(Details), l["The case is closed."],
            () => FormAsync(id, nameof(Close), form));

    [HttpGet("{id:int}/Reopen")]
    public Task<IActionResult> Reopen(int id) => FormAsync(id, nameof(Reopen), new Actions.ReasonForm(), can => can.CloseOrReopen);

    [HttpPost("{id:int}/Reopen")]
    public async Task<IActionResult> Reopen(int id, Actions.ReasonForm form) =>
        await Outcome(id, await actions.ReopenAsync(id, form, User, ModelState.IsValid), nameof(Details), l["The case is reopened."],
            () => FormAsync(id, nameof(Reopen), form));

    [HttpPost("{id:int}/Notes")]
    public async Task<IActionResult> AddNote(int id, Actions.NoteForm form) =>
        await Outcome(id, await actions.AddNoteAsync(id, form, User, ModelState.IsValid), nameof(Timeline), l["The note is added."]);

    [HttpGet("{id:int}/Consent")]
    public Task<IActionResult> Consent(int id) => FormAsync(id, nameof(Consent), new Actions.ConsentForm(), can => can.Edit);

    [HttpPost("{id:int}/Consent")]
    public async Task<IActionResult> Consent(int id, Actions.ConsentForm form) =>
        await Outcome(id, await actions.RecordConsentAsync(id, form, User, ModelState.IsValid), nameof(Details), l["The consent is recorded."],
            () => FormAsync(id, nameof(Consent), form));

    [HttpGet("{id:int}/Refer")]
    public Task<IActionResult> Refer(int id) =>
        FormAsync(id, nameof(Refer), new Referrals.Send.Form { Urgency = Urgency.Routine }, can => can.Refer);

    [HttpPost("{id:int}/Refer")]
    public async Task<IActionResult> Refer(int id, Referrals.Send.Form form, [FromServices] Referrals.Send.Handler handler, [FromServices] ReferenceNames names)
    {
        var result = await handler.SendAsync(id, form, User, ModelState.IsValid);
        var sentTo = result.IsDone ? (await names.GetAsync()).Agency(form.ReceivingAgencyId!.Value) : null;
        return await Outcome(id, result, nameof(Referrals), l["The referral is sent to {0}.", sentTo ?? ""], () => FormAsync(id, nameof(Refer), form));
    }

    [HttpGet("{id:int}/Lead/Offer")]
    public Task<IActionResult> OfferLead(int id) => FormAsync(id, nameof(OfferLead), new Actions.LeadOfferForm(), can => can.OfferLead);

    [HttpPost("{id:int}/Lead/Offer")]
    public async Task<IActionResult> OfferLead(int id, Actions.LeadOfferForm form, [FromServices] ReferenceNames names)
    {
        var result = await actions.OfferLeadAsync(id, form, User, ModelState.IsValid);
        var offeredTo = result.IsDone ? (await names.GetAsync()).Agency(form.AgencyId!.Value) : null;
        return await Outcome(id, result, nameof(Details), l["The lead is offered to {0}: it becomes the lead when it accepts.", offeredTo ?? ""],
            () => FormAsync(id, nameof(OfferLead), form));
    }

    [HttpPost("{id:int}/Lead/Answer")]
    public async Task<IActionResult> AnswerLeadOffer(int id, bool accept) =>
        await Outcome(id, await actions.AnswerLeadOfferAsync(id, accept, User, ModelState.IsValid), nameof(Details),
            accept ? l["Your institution now leads the case."] : l["The lead offer is declined."]);

    /// <summary>The coordinator's office sees the identity in this one response, after giving a reason.</summary>
    [HttpPost("{id:int}/Reveal")]
    public async Task<IActionResult> Reveal(int id, Actions.ReasonForm form)
    {
        var result = await actions.RevealAsync(id, form, User, ModelState.IsValid);
        if (!result.IsDone)
        {
            return await Outcome(id, result, nameof(Details), null);
        }

        var model = await details.LoadAsync(id, User, revealed: true);
        return model is null ? NotFound() : CaseView(nameof(Details), model);
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

    /// <summary>
    /// Done: to the section where the person acted (<paramref name="section"/>), told what happened; refused or invalid:
    /// the page the form is on again (the section itself, or the form's own page), with the messages and what was typed.
    /// </summary>
    private Task<IActionResult> Outcome(int id, CommandResult result, string section, string? notice, Func<Task<IActionResult>>? formAgain = null) =>
        this.RespondAsync(result, () => RedirectToAction(section, new { id }), formAgain ?? (() => ShowAsync(id, section)), notice);

    /// <summary>
    /// A section of the case, also shown again with the errors and what the user typed kept in ModelState: every
    /// showing is a look at the case, recorded in the audit trail.
    /// </summary>
    private async Task<IActionResult> ShowAsync(int id, string view)
    {
        var model = await details.LoadAsync(id, User);
        if (model is null)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, User);
        return CaseView(view, model);
    }

    /// <summary>
    /// A form of its own for one action on the case (the case's header above it), for someone the case's handler lets
    /// make the change; shown again with what was typed when the change is refused.
    /// </summary>
    private async Task<IActionResult> FormAsync<TForm>(int id, string view, TForm form, Func<Details.Permissions, bool>? allowed = null)
    {
        var model = await details.LoadAsync(id, User);
        if (model is null)
        {
            return NotFound();
        }

        if (allowed is not null && !allowed(model.Can))
        {
            return Forbid();
        }

        await audit.RecordAsync(AuditAction.View, nameof(Case), id, null, User);
        ViewData[CaseKey] = model;
        return View(view, form);
    }

    private ViewResult CaseView(string view, Details.Model model)
    {
        ViewData[CaseKey] = model;
        return View(view, model);
    }

    /// <summary>Where a case's pages find the case (the header's, and a form's own page, whose model is the form).</summary>
    public const string CaseKey = "Case";
}
