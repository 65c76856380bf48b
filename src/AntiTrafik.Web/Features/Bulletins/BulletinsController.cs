using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Data;
using AntiTrafik.Domain.Trainings;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Bulletins;

/// <summary>The bulletin archive is open to every user; drafts, and making them, belong to the coordinator's office.</summary>
[Route("Bulletins")]
public sealed class BulletinsController(AppDbContext db, Assemble.Handler assemble, IAuthorizationService authorization, IStringLocalizer<SharedResource> l)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new Pages.List(await db.Bulletins.AsNoTracking().Visible(User).OrderByDescending(b => b.Number).ToListAsync(cancellationToken),
            (await authorization.AuthorizeAsync(User, Policies.Coordination)).Succeeded));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id) => await LoadAsync(id) is { } bulletin
        ? View(new Pages.One(bulletin, (await authorization.AuthorizeAsync(User, new BulletinAccessFacts(bulletin.IsIssued), BulletinOperations.Edit)).Succeeded))
        : NotFound();

    [HttpGet("{id:int}/Print")]
    public async Task<IActionResult> Print(int id) => await LoadAsync(id) is { } bulletin ? View(bulletin) : NotFound();

    [HttpGet("New"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> New() =>
        View(new Assemble.NewForm { Number = (await db.Bulletins.MaxAsync(b => (int?)b.Number) ?? 0) + 1 });

    [HttpPost("New"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> New(Assemble.NewForm form)
    {
        var result = ModelState.IsValid ? await assemble.CreateAsync(form, User) : CommandResult.Invalid();
        return await this.RespondAsync(result, id => RedirectToAction(nameof(Details), new { id }), () => Task.FromResult<IActionResult>(View(form)));
    }

    [HttpPost("{id:int}/Edit"), Authorize(Policies.Coordination)]
    public Task<IActionResult> Edit(int id, Assemble.EditForm form) => Change(id, () => assemble.EditAsync(id, form, User));

    [HttpPost("{id:int}/Regenerate"), Authorize(Policies.Coordination)]
    public Task<IActionResult> Regenerate(int id) => Change(id, () => assemble.RegenerateAsync(id, User));

    [HttpPost("{id:int}/Issue"), Authorize(Policies.Coordination)]
    public Task<IActionResult> Issue(int id) => Change(id, () => assemble.IssueAsync(id, User));

    private async Task<IActionResult> Change(int id, Func<Task<CommandResult>> change)
    {
        if (!await db.Bulletins.AnyAsync(b => b.Id == id))
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? await change() : CommandResult.Invalid();
        return this.RespondOnPage(result, () => RedirectToAction(nameof(Details), new { id }), l["The changes are saved."]);
    }

    private Task<Bulletin?> LoadAsync(int id) =>
        db.Bulletins.AsNoTracking().Visible(User).Include(b => b.Items).SingleOrDefaultAsync(b => b.Id == id);
}
