using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Web.Features.Notifications;

/// <summary>The agency's in-app notifications (<see cref="AgencyNotifications"/>).</summary>
[Authorize(Policies.Notifications)]
[Route("Notifications")]
public sealed class NotificationsController(AgencyNotifications.Handler notifications) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await notifications.ListAsync(User, cancellationToken));

    [HttpPost("Read")]
    public async Task<IActionResult> MarkAllRead()
    {
        await notifications.MarkAllReadAsync(User);
        return RedirectToAction(nameof(Index));
    }
}
