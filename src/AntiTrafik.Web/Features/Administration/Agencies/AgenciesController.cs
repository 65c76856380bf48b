using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Administration.Agencies;

[Route("Agencies/[action]")]
public sealed class AgenciesController(Edit.Handler edit, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/Agencies")]
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] Index.Query query, [FromServices] Index.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, User, cancellationToken));

    [Authorize(Policies.Administration), HttpGet]
    public async Task<IActionResult> Create() => View("Edit", await edit.NewAsync());

    [Authorize(Policies.Administration), HttpPost]
    public async Task<IActionResult> Create(Edit.Form form)
    {
        form.Id = null;
        return await SaveAsync(form);
    }

    [Authorize(Policies.Administration), HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id) =>
        await edit.LoadAsync(id) is { } form ? View(form) : NotFound();

    [Authorize(Policies.Administration), HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, Edit.Form form)
    {
        form.Id = id;
        return await SaveAsync(form);
    }

    private async Task<IActionResult> SaveAsync(Edit.Form form)
    {
        var result = ModelState.IsValid ? await edit.SaveAsync(form) : CommandResult.Invalid();
        return await this.RespondAsync(result, () => RedirectToAction(nameof(Index)),
            async () => View("Edit", await edit.WithChoicesAsync(form)), l["The changes are saved."]);
    }
}
