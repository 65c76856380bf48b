using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Web.Features.Home;

/// <summary>The home page: the person's work queue (<see cref="WorkQueue"/>).</summary>
public sealed class HomeController(WorkQueue.Handler queue) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queue.ForAsync(User, cancellationToken));
}
