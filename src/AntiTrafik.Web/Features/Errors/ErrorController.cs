using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Web.Features.Errors;

/// <summary>The portal's own error pages; the status code of the original answer is kept.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    /// <remarks>
    /// The code is read from the route, not bound: binding would read the original request's form, which may be the very
    /// thing that could not be read (too large, a value too long), and the page would then say "not found".
    /// </remarks>
    [Route("Error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show()
    {
        // Only the codes the portal re-executes here; any other number asked for directly is a page that does not exist.
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked) ? asked : 404;
        var status = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = status;
        return View("Error", status);
    }
}
