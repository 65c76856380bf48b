using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Notifications;

/// <summary>The agency's in-app notifications: what happened, to which case number, with a link. No names.</summary>
[Authorize(Policies.Notifications)]
[Route("Notifications")]
public sealed class NotificationsController(AppDbContext db, TimeProvider clock) : Controller
{
    public sealed record Row(long Id, NotificationKind Kind, int CaseId, string CaseNumber, DateTime CreatedAt, bool IsRead);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var agency = User.GetAgencyId() ?? 0;
        var rows = await db.Notifications.AsNoTracking().Where(n => n.AgencyId == agency)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(100)
            .Select(n => new Row(n.Id, n.Kind, n.CaseId, n.CaseNumber, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        return View(rows);
    }

    [HttpPost("Read")]
    public async Task<IActionResult> MarkAllRead()
    {
        var agency = User.GetAgencyId() ?? 0;
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.AgencyId == agency && n.ReadAt == null)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.ReadAt, now));
        return RedirectToAction(nameof(Index));
    }
}
