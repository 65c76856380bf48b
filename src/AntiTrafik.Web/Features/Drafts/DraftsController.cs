using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Drafts;

/// <summary>"My drafts", and where the page's script saves them. Every signed-in person has their own; nobody sees another's.</summary>
[Route("Drafts")]
public sealed class DraftsController(DraftStore.Handler drafts, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await drafts.ListAsync(User, cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id) => await drafts.OneAsync(id, User) is { } model ? View(model) : NotFound();

    /// <summary>
    /// Sent by <c>drafts.js</c> while the person types (and when they leave the page). Like any request it keeps the session
    /// alive (the security stamp's check renews it at most a minute apart), so someone typing is not signed out.
    /// </summary>
    [HttpPost("")]
    public async Task<IActionResult> Save(DraftStore.SaveForm posted) =>
        this.RespondToScript(await drafts.SaveAsync(posted, Request.HasFormContentType && Request.Form["Fields"] is { Count: 1 } fields ? fields[0] : null,
            User, ModelState.IsValid));

    [HttpPost("{id:guid}/Discard")]
    public async Task<IActionResult> Discard(Guid id) =>
        this.RespondOnPage(await drafts.DiscardAsync(id, User), () => RedirectToAction(nameof(Index)), l["The draft is discarded."]);
}
