using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Features.Drafts;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Bulletins;

/// <summary>The bulletin archive is open to every user; drafts, and making them, belong to the coordinator's office.</summary>
[Route("Bulletins")]
public sealed class BulletinsController(Pages.Handler pages, Assemble.Handler assemble, IStringLocalizer<SharedResource> l)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.ListAsync(User, cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id) => await pages.OneAsync(id, User) is { } page ? View(page) : NotFound();

    [HttpGet("{id:int}/Print")]
    public async Task<IActionResult> Print(int id) => await pages.LoadAsync(id, User) is { } bulletin ? View(bulletin) : NotFound();

    [HttpGet("New"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> New() => View(await pages.NewFormAsync());

    [HttpPost("New"), Authorize(Policies.Coordination), Draft(DraftKinds.Keys.BulletinNew)]
    public async Task<IActionResult> New(Assemble.NewForm form)
    {
        var result = ModelState.IsValid ? await assemble.CreateAsync(form, User) : CommandResult.Invalid();
        return await this.RespondAsync(result, id => RedirectToAction(nameof(Details), new { id }), () => Task.FromResult<IActionResult>(View(form)));
    }

    /// <summary>A refused edit (someone saved first, the bulletin was issued meanwhile) shows the page again with the texts as typed.</summary>
    [HttpPost("{id:int}/Edit"), Authorize(Policies.Coordination), Draft(DraftKinds.Keys.BulletinTexts)]
    public async Task<IActionResult> Edit(int id, Assemble.EditForm form)
    {
        var result = ModelState.IsValid ? await assemble.EditAsync(id, form, User) : CommandResult.Invalid();
        return await this.RespondAsync(result, () => RedirectToAction(nameof(Details), new { id }),
            async () => await pages.OneAsync(id, User) is { } page ? View(nameof(Details), page) : NotFound(), l["The changes are saved."]);
    }

    [HttpPost("{id:int}/Regenerate"), Authorize(Policies.Coordination)]
    public Task<IActionResult> Regenerate(int id) => Change(id, () => assemble.RegenerateAsync(id, User));

    /// <summary>Before issuing: the bulletin exactly as it will be published, and a button that says so.</summary>
    [HttpGet("{id:int}/Issue"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> ConfirmIssue(int id) => await pages.OneAsync(id, User) switch
    {
        null => NotFound(),
        { CanEdit: false } => RedirectToAction(nameof(Details), new { id }),
        var page => View("Issue", page),
    };

    /// <param name="version">The version shown on the confirmation page.</param>
    [HttpPost("{id:int}/Issue"), Authorize(Policies.Coordination)]
    public Task<IActionResult> Issue(int id, int version) => Change(id, () => assemble.IssueAsync(id, version, User));

    private async Task<IActionResult> Change(int id, Func<Task<CommandResult>> change)
    {
        if (!await pages.ExistsAsync(id))
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? await change() : CommandResult.Invalid();
        return this.RespondOnPage(result, () => RedirectToAction(nameof(Details), new { id }), l["The changes are saved."]);
    }
}
