using AntiTrafik.Domain;
using AntiTrafik.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using AntiTrafik.Web.Security;
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

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Login(Login.Form form, [FromServices] Login.Handler handler)
    {
        if (ModelState.IsValid)
        {
            var (outcome, message) = await handler.SignInAsync(form);
            switch (outcome)
            {
                case Features.Account.Login.Outcome.SecondFactorNeeded:
                    return RedirectToAction(nameof(TwoFactor), new { returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null });
                case Features.Account.Login.Outcome.Refused:
                    ModelState.AddModelError(string.Empty, message!);
                    break;
            }
        }

        if (!ModelState.IsValid)
        {
            form.Password = string.Empty;
            return View(form);
        }

        return RedirectToLocal(form.ReturnUrl);
    }

    [AllowAnonymous, HttpGet]
    public async Task<IActionResult> TwoFactor(string? returnUrl, [FromServices] TwoFactor.Handler handler) =>
        await handler.IsAwaitingCodeAsync()
            ? View(new TwoFactor.CodeForm { ReturnUrl = returnUrl, CanUsePasskey = await handler.CanUsePasskeyAsync() })
            : RedirectToAction(nameof(Login));

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> TwoFactor(TwoFactor.CodeForm form, [FromServices] TwoFactor.Handler handler)
    {
        if (ModelState.IsValid && await handler.SignInWithCodeAsync(form) is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (!ModelState.IsValid)
        {
            form.Code = string.Empty;
            form.CanUsePasskey = await handler.CanUsePasskeyAsync();
            return View(form);
        }

        return RedirectToLocal(form.ReturnUrl);
    }

    [AllowAnonymous, HttpGet]
    public async Task<IActionResult> Recovery(string? returnUrl, [FromServices] TwoFactor.Handler handler) =>
        await handler.IsAwaitingCodeAsync() ? View(new TwoFactor.RecoveryForm { ReturnUrl = returnUrl }) : RedirectToAction(nameof(Login));

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Recovery(TwoFactor.RecoveryForm form, [FromServices] TwoFactor.Handler handler)
    {
        if (ModelState.IsValid && await handler.SignInWithRecoveryCodeAsync(form) is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (!ModelState.IsValid)
        {
            form.RecoveryCode = string.Empty;
            return View(form);
        }

        TempData["Notice"] = l["You signed in with a recovery code; it cannot be used again. Check how many you have left on the sign-in security page."].Value;
        return RedirectToLocal(form.ReturnUrl);
    }

    [FreshSession, HttpGet]
    public async Task<IActionResult> TwoFactorSetup([FromServices] TwoFactor.Handler handler) =>
        View(await handler.SetupAsync(User));

    [FreshSession, HttpPost]
    public async Task<IActionResult> TwoFactorSetup(TwoFactor.SetupForm form, [FromServices] TwoFactor.Handler handler)
    {
        if (ModelState.IsValid && await handler.EnableAsync(User, form) is { } codes)
        {
            return View("RecoveryCodes", codes);
        }

        if (ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(form.Code), l["The code is not right. Codes change every 30 seconds: type the one the app shows now."]);
        }

        form.Code = string.Empty;
        return View(await handler.SetupAsync(User, form));
    }

    [FreshSession, HttpPost]
    public async Task<IActionResult> NewRecoveryCodes([FromServices] TwoFactor.Handler handler) =>
        View("RecoveryCodes", await handler.NewRecoveryCodesAsync(User));

    /// <summary>Signing out deletes this session's ticket on the server: a copy of the cookie opens nothing any more.</summary>
    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    /// <summary>"Stay signed in" from the expiry warning: the session starts its 30 minutes again.</summary>
    [HttpPost]
    public async Task<IActionResult> KeepAlive()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return Unauthorized();
        }

        await signIn.RefreshSignInAsync(user);
        return NoContent();
    }

    [HttpGet]
    public async Task<IActionResult> Security([FromServices] SignInSecurity.Handler handler) =>
        View(await handler.ShowAsync(User, HttpContext));

    [HttpPost]
    public async Task<IActionResult> EndSession(int id, [FromServices] SignInSecurity.Handler handler)
    {
        var (ended, wasThisOne) = await handler.EndAsync(User, HttpContext, id);
        if (!ended)
        {
            return NotFound();
        }

        if (wasThisOne)
        {
            await signIn.SignOutAsync();
            return RedirectToAction(nameof(Login));
        }

        TempData["Notice"] = l["The session was ended."].Value;
        return RedirectToAction(nameof(Security));
    }

    [HttpPost]
    public async Task<IActionResult> EndOtherSessions([FromServices] SignInSecurity.Handler handler)
    {
        var ended = await handler.EndOthersAsync(User, HttpContext);
        TempData["Notice"] = l["Sessions ended: {0}.", ended].Value;
        return RedirectToAction(nameof(Security));
    }

    [HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> ChangePassword(
        [Bind(Prefix = "Password")] ChangePassword.Form form, [FromServices] ChangePassword.Handler handler, [FromServices] SignInSecurity.Handler page)
    {
        if (ModelState.IsValid)
        {
            foreach (var (field, message) in await handler.ChangeAsync(User, form))
            {
                ModelState.AddModelError("Password." + field, message);
            }
        }

        if (!ModelState.IsValid)
        {
            form.CurrentPassword = form.NewPassword = form.ConfirmPassword = string.Empty;
            return View(nameof(Security), await page.ShowAsync(User, HttpContext, form));
        }

        TempData["Notice"] = l["Your password is changed. Your other sessions were ended."].Value;
        return RedirectToAction(nameof(Security));
    }

    /// <summary>The options and sealed state for adding a passkey (JSON for the page's script).</summary>
    [HttpPost]
    public async Task<IActionResult> PasskeyCreationOptions([FromServices] Passkeys.Handler handler) =>
        await handler.StartAddingAsync(User) is { } ceremony ? Json(ceremony) : NotFound();

    [HttpPost]
    public async Task<IActionResult> AddPasskey(Passkeys.AddForm form, [FromServices] Passkeys.Handler handler)
    {
        if (ModelState.IsValid && await handler.AddAsync(User, form) is { } problem)
        {
            ModelState.AddModelError(string.Empty, problem);
        }

        if (!ModelState.IsValid)
        {
            TempData["Problem"] = l["The passkey could not be added. Try again."].Value;
            return RedirectToAction(nameof(Security));
        }

        TempData["Notice"] = l["The passkey was added. At the next sign-in you can use it instead of a code."].Value;
        return RedirectToAction(nameof(Security));
    }

    [HttpPost]
    public async Task<IActionResult> RemovePasskey(string id, [FromServices] Passkeys.Handler handler)
    {
        if (!await handler.RemoveAsync(User, id ?? string.Empty))
        {
            return NotFound();
        }

        TempData["Notice"] = l["The passkey was removed."].Value;
        return RedirectToAction(nameof(Security));
    }

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> PasskeyRequestOptions([FromServices] Passkeys.Handler handler) =>
        await handler.StartSecondStepAsync() is { } ceremony ? Json(ceremony) : NotFound();

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> TwoFactorPasskey(Passkeys.SignInForm form, [FromServices] Passkeys.Handler handler, [FromServices] TwoFactor.Handler twoFactor)
    {
        if (ModelState.IsValid && await handler.SignInAsync(form) is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(TwoFactor), new TwoFactor.CodeForm { ReturnUrl = form.ReturnUrl, CanUsePasskey = await twoFactor.CanUsePasskeyAsync() });
        }

        return RedirectToLocal(form.ReturnUrl);
    }

    [AllowAnonymous, HttpGet]
    public IActionResult SetPassword(string? userId, string? token) =>
        View(new SetPassword.Form { UserId = userId ?? string.Empty, Token = token ?? string.Empty });

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
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
