using AntiTrafik.Domain;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Administration.Users;

[Authorize(Policies.Administration)]
[Route("Administration/Users/[action]")]
public sealed class UsersController(
    Edit.Handler edit,
    PasswordLink.Handler links,
    UserManager<ApplicationUser> users,
    IAuthorizationService authorization,
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

        var user = await edit.CreateAsync(form);
        return View("PasswordLink", await links.IssueAsync(user, LinkFor));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id) =>
        await edit.LoadAsync(id) is { } model ? View(model) : NotFound();

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, Edit.Form form)
    {
        form.Id = id;
        if (ModelState.IsValid && await edit.UpdateAsync(form) is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (!ModelState.IsValid)
        {
            return View(await edit.WithChoicesAsync(form));
        }

        TempData["Notice"] = l["The changes are saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>A new one-time link, for a person who lost theirs or forgot the password.</summary>
    [HttpPost("{id}")]
    public async Task<IActionResult> NewLink(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        return View("PasswordLink", await links.IssueAsync(user, LinkFor));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Disable(string id) => await SetDisabledAsync(id, disabled: true);

    [HttpPost("{id}")]
    public async Task<IActionResult> Enable(string id) => await SetDisabledAsync(id, disabled: false);

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var operation = disabled ? AccountOperations.Disable : AccountOperations.Manage;
        if (!(await authorization.AuthorizeAsync(User, new ManagedAccount(user.Id), operation)).Succeeded)
        {
            return Forbid();
        }

        if (disabled)
        {
            user.Disable();
        }
        else
        {
            user.Enable();
        }

        // A new stamp ends the disabled person's open sessions at their next request's stamp check.
        await users.UpdateSecurityStampAsync(user);
        TempData["Notice"] = (disabled ? l["The account of {0} is disabled.", user.FullName] : l["The account of {0} is enabled.", user.FullName]).Value;
        return RedirectToAction(nameof(Index));
    }

    private string LinkFor(string userId, string token) =>
        Url.Action(nameof(AntiTrafik.Web.Features.Account.AccountController.SetPassword), "Account",
            new { userId, token }, Request.Scheme)!;
}
