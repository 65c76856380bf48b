using AntiTrafik.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Web.Features.Language;

[AllowAnonymous]
public sealed class LanguageController : Controller
{
    /// <summary>Remembers the chosen language in a cookie for a year and returns to the same page.</summary>
    [HttpPost]
    public IActionResult Set(string? culture, string? returnUrl)
    {
        if (PortalCultures.IsSupported(culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Index", "Home");
    }
}
