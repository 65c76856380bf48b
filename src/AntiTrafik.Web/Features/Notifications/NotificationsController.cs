using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Notifications;

/// <summary>The agency's in-app notifications (<see cref="AgencyNotifications"/>) and each person's e-mail choice (<see cref="EmailChoice"/>).</summary>
[Authorize(Policies.Notifications)]
[Route("Notifications")]
public sealed class NotificationsController(AgencyNotifications.Handler notifications, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await notifications.ListAsync(User, cancellationToken));

    [HttpPost("Read")]
    public async Task<IActionResult> MarkAllRead()
    {
        await notifications.MarkAllReadAsync(User);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("Email")]
    public async Task<IActionResult> EmailChoice([FromServices] EmailChoice.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(User, cancellationToken));

    [HttpPost("Email")]
    public async Task<IActionResult> EmailChoice(EmailChoice.Form form, [FromServices] EmailChoice.Handler handler) =>
        await this.RespondAsync(await handler.SaveAsync(form, User, ModelState.IsValid), () => RedirectToAction(nameof(Index)),
            () => Task.FromResult<IActionResult>(View(form)), l["Your choice is saved."]);
}
