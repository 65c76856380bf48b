using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Web.Features.Errors;

/// <summary>The portal's own error pages; the status code of the original answer is kept.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("Error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show([FromRoute] int code)
    {
        // Only the codes the portal re-executes here; any other number asked for directly is a page that does not exist.
        var status = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = status;
        return View("Error", status);
    }
}
