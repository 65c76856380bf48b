using AntiTrafik.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AntiTrafik.Web.Security;

/// <summary>
/// For the pages that change how an account signs in (setting up the authenticator app, new recovery codes):
/// the session's security stamp is checked on every request, not once a minute. After an administrator resets
/// someone's sign-in, a session still open elsewhere (in a lost phone's browser) must not use that minute to
/// register its own authenticator app; it is signed out instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class FreshSessionAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>();
        if (await signIn.ValidateSecurityStampAsync(context.HttpContext.User) is null)
        {
            await signIn.SignOutAsync();
            context.Result = new RedirectToActionResult("Login", "Account", null);
            return;
        }

        await next();
    }
}
