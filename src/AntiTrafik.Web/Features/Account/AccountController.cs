using AntiTrafik.Domain;
using AntiTrafik.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Account;

public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    IStringLocalizer<SharedResource> l) : Controller
{
    [AllowAnonymous, HttpGet]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return RedirectToLocal(returnUrl);
        }

        return View(new Login.Form { ReturnUrl = returnUrl });
    }

    [AllowAnonymous, HttpPost]
    public async Task<IActionResult> Login(Login.Form form, [FromServices] Login.Handler handler)
    {
        if (ModelState.IsValid && await handler.SignInAsync(form) is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (!ModelState.IsValid)
        {
            form.Password = string.Empty;
            return View(form);
        }

        return RedirectToLocal(form.ReturnUrl);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous, HttpGet]
    public IActionResult SetPassword(string? userId, string? token) =>
        View(new SetPassword.Form { UserId = userId ?? string.Empty, Token = token ?? string.Empty });

    [AllowAnonymous, HttpPost]
    public async Task<IActionResult> SetPassword(SetPassword.Form form, [FromServices] SetPassword.Handler handler)
    {
        if (ModelState.IsValid)
        {
            foreach (var error in await handler.SetAsync(form))
            {
                ModelState.AddModelError(nameof(form.Password), error);
            }
        }

        if (!ModelState.IsValid)
        {
            form.Password = form.ConfirmPassword = string.Empty;
            return View(form);
        }

        TempData["Notice"] = l["Your password is set. Sign in with it."].Value;
        return RedirectToAction(nameof(Login));
    }

    private IActionResult RedirectToLocal(string? returnUrl) =>
        Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Index", "Home");
}
