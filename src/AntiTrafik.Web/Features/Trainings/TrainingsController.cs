using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PublicationDecision = AntiTrafik.Web.Features.Trainings.Publication;

namespace AntiTrafik.Web.Features.Trainings;

/// <summary>Trainings, programmes and awareness activities: everyone signed in reads them; the coordinator's office plans and records them.</summary>
[Route("Trainings")]
public sealed class TrainingsController(Queries.Handler queries, Edit.Handler edit, Activities.Handler activities, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.OverviewAsync(User, cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id) => await queries.TrainingAsync(id, User) is { } training ? View(training) : NotFound();

    /// <summary>Uploads a file for the training; a refused file is said on the training's page, nothing else changes.</summary>
    [HttpPost("{id:int}/Materials"), Authorize(Policies.Coordination)]
    [RequestSizeLimit(Materials.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = Materials.MaxRequestBytes)]
    public async Task<IActionResult> Upload(int id, Materials.UploadForm form, [FromServices] Materials.Handler materials, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await materials.UploadAsync(id, form, User, cancellationToken) : CommandResult.Invalid();
        return this.RespondOnPage(result, () => Redirect(Url.Action(nameof(Details), new { id })! + "#materials"), l["The file is uploaded."]);
    }

    /// <summary>Always a download (Content-Disposition: attachment) with the type found from the file's own bytes.</summary>
    [HttpGet("Materials/{id:int}")]
    public async Task<IActionResult> Material(int id, [FromServices] Materials.Handler materials, CancellationToken cancellationToken) =>
        await materials.OpenAsync(id, cancellationToken) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();

    [HttpPost("Materials/{id:int}/Delete"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> DeleteMaterial(int id, [FromServices] Materials.Handler materials, CancellationToken cancellationToken)
    {
        var result = await materials.DeleteAsync(id, User, cancellationToken);
        return this.Respond(result, trainingId => Redirect(Url.Action(nameof(Details), new { id = trainingId })! + "#materials"), l["The file is removed."]);
    }

    [HttpGet("Programmes/{id:int}")]
    public async Task<IActionResult> Programme(int id, CancellationToken cancellationToken) =>
        await queries.ProgrammeAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("New"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> New([FromServices] TimeProvider clock) => View("Edit", await edit.ChoicesAsync(new Edit.Form { StartsOn = PortalTime.Today(clock) }));

    [HttpPost("New"), Authorize(Policies.Coordination)]
    public Task<IActionResult> New(Edit.Form form)
    {
        form.Id = null;
        return SaveAsync(form);
    }

    [HttpGet("{id:int}/Edit"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> Edit(int id) => await edit.LoadAsync(id) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}/Edit"), Authorize(Policies.Coordination)]
    public Task<IActionResult> Edit(int id, Edit.Form form)
    {
        form.Id = id;
        return SaveAsync(form);
    }

    [HttpGet("Activities/New"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> NewActivity([FromServices] TimeProvider clock) => View("Activity", await activities.ChoicesAsync(new Activities.Form { StartsOn = PortalTime.Today(clock) }));

    [HttpPost("Activities/New"), Authorize(Policies.Coordination)]
    public Task<IActionResult> NewActivity(Activities.Form form)
    {
        form.Id = null;
        return SaveActivityAsync(form);
    }

    [HttpGet("Activities/{id:int}/Edit"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> EditActivity(int id) => await activities.LoadAsync(id) is { } form ? View("Activity", form) : NotFound();

    [HttpPost("Activities/{id:int}/Edit"), Authorize(Policies.Coordination)]
    public Task<IActionResult> EditActivity(int id, Activities.Form form)
    {
        form.Id = id;
        return SaveActivityAsync(form);
    }

    /// <summary>Secretaries and the coordinator's office keep a meeting, training or activity out of the bulletin (or put it back).</summary>
    [HttpPost("Publication"), Authorize(Policies.Publication)]
    public async Task<IActionResult> Publication(PublicationDecision.Target target, int id, bool notForPublication, [FromServices] PublicationDecision.Handler publication) =>
        this.RespondOnPage(await publication.DecideAsync(target, id, notForPublication, User),
            () => target == PublicationDecision.Target.Meeting ? RedirectToAction("Details", "Meetings", new { id }) : RedirectToAction(nameof(Index)),
            l["The changes are saved."]);

    private async Task<IActionResult> SaveAsync(Edit.Form form)
    {
        if (form.AddRow)
        {
            // "Add another row" without script: the same form with one more empty row, nothing saved, nothing complained of yet.
            ModelState.Clear();
            return View("Edit", await edit.ChoicesAsync(form));
        }

        var result = ModelState.IsValid ? await edit.SaveAsync(form, User) : CommandResult.Invalid();
        return await this.RespondAsync(result, id => RedirectToAction(nameof(Details), new { id }),
            async () => View("Edit", await edit.ChoicesAsync(form)), l["The changes are saved."]);
    }

    private async Task<IActionResult> SaveActivityAsync(Activities.Form form)
    {
        var result = ModelState.IsValid ? await activities.SaveAsync(form, User) : CommandResult.Invalid();
        return await this.RespondAsync(result, () => RedirectToAction(nameof(Index)),
            async () => View("Activity", await activities.ChoicesAsync(form)), l["The changes are saved."]);
    }
}
