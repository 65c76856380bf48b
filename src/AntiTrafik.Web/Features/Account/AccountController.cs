using AntiTrafik.Domain;
using AntiTrafik.Web.Infrastructure.Commands;
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
        var result = ModelState.IsValid ? await handler.SignInAsync(form) : CommandResult.Invalid();
        return await this.RespondAsync(result,
            next => next == Features.Account.Login.Next.SecondFactorNeeded
                ? RedirectToAction(nameof(TwoFactor), new { returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null })
                : RedirectToLocal(form.ReturnUrl),
            () =>
            {
                form.Password = string.Empty;
                return Task.FromResult<IActionResult>(View(form));
            });
    }

    [AllowAnonymous, HttpGet]
    public async Task<IActionResult> TwoFactor(string? returnUrl, [FromServices] TwoFactor.Handler handler) =>
        await handler.IsAwaitingCodeAsync()
            ? View(new TwoFactor.CodeForm { ReturnUrl = returnUrl, CanUsePasskey = await handler.CanUsePasskeyAsync() })
            : RedirectToAction(nameof(Login));

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> TwoFactor(TwoFactor.CodeForm form, [FromServices] TwoFactor.Handler handler)
    {
        var result = ModelState.IsValid ? await handler.SignInWithCodeAsync(form) : CommandResult.Invalid();
        return await this.RespondAsync(result, () => RedirectToLocal(form.ReturnUrl), async () =>
        {
            form.Code = string.Empty;
            form.CanUsePasskey = await handler.CanUsePasskeyAsync();
            return View(form);
        });
    }

    [AllowAnonymous, HttpGet]
    public async Task<IActionResult> Recovery(string? returnUrl, [FromServices] TwoFactor.Handler handler) =>
        await handler.IsAwaitingCodeAsync() ? View(new TwoFactor.RecoveryForm { ReturnUrl = returnUrl }) : RedirectToAction(nameof(Login));

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Recovery(TwoFactor.RecoveryForm form, [FromServices] TwoFactor.Handler handler)
    {
        var result = ModelState.IsValid ? await handler.SignInWithRecoveryCodeAsync(form) : CommandResult.Invalid();
        return await this.RespondAsync(result, () => RedirectToLocal(form.ReturnUrl),
            () =>
            {
                form.RecoveryCode = string.Empty;
                return Task.FromResult<IActionResult>(View(form));
            },
            l["You signed in with a recovery code; it cannot be used again. Check how many you have left on the sign-in security page."]);
    }

    [FreshSession, HttpGet]
    public async Task<IActionResult> TwoFactorSetup([FromServices] TwoFactor.Handler handler) =>
        View(await handler.SetupAsync(User));

    [FreshSession, HttpPost]
    public async Task<IActionResult> TwoFactorSetup(TwoFactor.SetupForm form, [FromServices] TwoFactor.Handler handler)
    {
        var result = ModelState.IsValid ? await handler.EnableAsync(User, form) : CommandResult.Invalid();
        return await this.RespondAsync(result, codes => View("RecoveryCodes", codes), async () =>
        {
            form.Code = string.Empty;
            return View(await handler.SetupAsync(User, form));
        });
    }

    [FreshSession, HttpPost]
    public async Task<IActionResult> NewRecoveryCodes([FromServices] TwoFactor.Handler handler) =>
        this.Respond(await handler.NewRecoveryCodesAsync(User), codes => View("RecoveryCodes", codes));

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
        var result = await handler.EndAsync(User, HttpContext, id);
        if (result is { IsDone: true, Value: true })
        {
            // The session ended was this one.
            await signIn.SignOutAsync();
            return RedirectToAction(nameof(Login));
        }

        return this.Respond(result, _ => RedirectToAction(nameof(Security)), l["The session was ended."]);
    }

    [HttpPost]
    public async Task<IActionResult> EndOtherSessions([FromServices] SignInSecurity.Handler handler)
    {
        var result = await handler.EndOthersAsync(User, HttpContext);
        return this.Respond(result, _ => RedirectToAction(nameof(Security)), l["Sessions ended: {0}.", result.Value]);
    }

    [HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> ChangePassword(
        [Bind(Prefix = "Password")] ChangePassword.Form form, [FromServices] ChangePassword.Handler handler, [FromServices] SignInSecurity.Handler page)
    {
        var result = ModelState.IsValid ? await handler.ChangeAsync(User, form) : CommandResult.Invalid();
        return await this.RespondAsync(result, () => RedirectToAction(nameof(Security)), async () =>
            {
                form.CurrentPassword = form.NewPassword = form.ConfirmPassword = string.Empty;
                return View(nameof(Security), await page.ShowAsync(User, HttpContext, form));
            },
            l["Your password is changed. Your other sessions were ended."], fieldPrefix: "Password.");
    }

    /// <summary>The options and sealed state for adding a passkey (JSON for the page's script).</summary>
    [HttpPost]
    public async Task<IActionResult> PasskeyCreationOptions([FromServices] Passkeys.Handler handler) =>
        await handler.StartAddingAsync(User) is { } ceremony ? Json(ceremony) : NotFound();

    [HttpPost]
    public async Task<IActionResult> AddPasskey(Passkeys.AddForm form, [FromServices] Passkeys.Handler handler)
    {
        var result = ModelState.IsValid ? await handler.AddAsync(User, form) : CommandResult.Invalid(l["The passkey could not be added. Try again."]);
        return this.RespondOnPage(result, () => RedirectToAction(nameof(Security)),
            l["The passkey was added. At the next sign-in you can use it instead of a code."]);
    }

    [HttpPost]
    public async Task<IActionResult> RemovePasskey(string id, [FromServices] Passkeys.Handler handler)
    {
        var result = await handler.RemoveAsync(User, id ?? string.Empty);
        return this.RespondOnPage(result, () => RedirectToAction(nameof(Security)), l["The passkey was removed."]);
    }

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> PasskeyRequestOptions([FromServices] Passkeys.Handler handler) =>
        await handler.StartSecondStepAsync() is { } ceremony ? Json(ceremony) : NotFound();

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> TwoFactorPasskey(Passkeys.SignInForm form, [FromServices] Passkeys.Handler handler, [FromServices] TwoFactor.Handler twoFactor)
    {
        var result = ModelState.IsValid ? await handler.SignInAsync(form) : CommandResult.Invalid();
        return await this.RespondAsync(result, () => RedirectToLocal(form.ReturnUrl), async () =>
            View(nameof(TwoFactor), new TwoFactor.CodeForm { ReturnUrl = form.ReturnUrl, CanUsePasskey = await twoFactor.CanUsePasskeyAsync() }));
    }

    [AllowAnonymous, HttpGet]
    public IActionResult SetPassword(string? userId, string? token) =>
        View(new SetPassword.Form { UserId = userId ?? string.Empty, Token = token ?? string.Empty });

    [AllowAnonymous, HttpPost, EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> SetPassword(SetPassword.Form form, [FromServices] SetPassword.Handler handler)
    {
        var result = ModelState.IsValid ? await handler.SetAsync(form) : CommandResult.Invalid();
        return await this.RespondAsync(result, () => RedirectToAction(nameof(Login)),
            () =>
            {
                form.Password = form.ConfirmPassword = string.Empty;
                return Task.FromResult<IActionResult>(View(form));
            },
            l["Your password is set. Sign in with it."]);
    }

    private IActionResult RedirectToLocal(string? returnUrl) =>
        Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Index", "Home");
}
