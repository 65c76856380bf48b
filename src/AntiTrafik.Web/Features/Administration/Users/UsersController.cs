using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Administration.Users;

[Authorize(Policies.Administration)]
[Route("Administration/Users/[action]")]
public sealed class UsersController(
    Edit.Handler edit,
    PasswordLink.Handler links,
    Access.Handler access,
    IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/Administration/Users")]
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] Index.Query query, [FromServices] Index.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Create() => View("Edit", await edit.NewAsync());

    [HttpPost]
    public async Task<IActionResult> Create(Edit.Form form)
    {
        form.Id = null;
        if (!ModelState.IsValid)
        {
            return View("Edit", await edit.WithChoicesAsync(form));
        }

        var created = await edit.CreateAsync(form, User);
        return View("PasswordLink", await links.IssueAsync(created.Value!, LinkFor));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id) =>
        await edit.LoadAsync(id) is { } model ? View(model) : NotFound();

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, Edit.Form form)
    {
        form.Id = id;
        var result = ModelState.IsValid ? await edit.UpdateAsync(form, User) : CommandResult.Invalid();
        return await this.RespondAsync(result, () => RedirectToAction(nameof(Index)),
            async () => View(await edit.WithChoicesAsync(form)), l["The changes are saved."]);
    }

    /// <summary>A new one-time link, for a person who lost theirs or forgot the password.</summary>
    [HttpPost("{id}")]
    public async Task<IActionResult> NewLink(string id) => Shown(await access.NewLinkAsync(User, id, LinkFor));

    [HttpGet("{id}")]
    public async Task<IActionResult> ResetSignIn(string id) => this.Respond(await access.AskResetSignInAsync(User, id), question => View(question));

    /// <summary>For a person who lost their authenticator app: everything old stops working, a new link lets them back in.</summary>
    [HttpPost("{id}")]
    [ActionName(nameof(ResetSignIn))]
    public async Task<IActionResult> ResetSignInConfirmed(string id) => Shown(await access.ResetSignInAsync(User, id, LinkFor));

    [HttpPost("{id}")]
    public async Task<IActionResult> Disable(string id) =>
        Listed(await access.SetDisabledAsync(User, id, disabled: true), name => l["The account of {0} is disabled.", name]);

    [HttpPost("{id}")]
    public async Task<IActionResult> Enable(string id) =>
        Listed(await access.SetDisabledAsync(User, id, disabled: false), name => l["The account of {0} is enabled.", name]);

    private IActionResult Shown(CommandResult<PasswordLink.Model> result) => this.Respond(result, link => View("PasswordLink", link));

    private IActionResult Listed(CommandResult<string> result, Func<string, LocalizedString> notice) =>
        this.Respond(result, _ => RedirectToAction(nameof(Index)), result.IsDone ? notice(result.Value!).Value : null);

    private string LinkFor(string userId, string token) =>
        Url.Action(nameof(AntiTrafik.Web.Features.Account.AccountController.SetPassword), "Account",
            new { userId, token }, Request.Scheme)!;
}
