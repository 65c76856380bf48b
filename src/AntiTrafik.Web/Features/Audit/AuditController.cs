using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Audit;

/// <summary>Reading and verifying the audit trail. There is no action that changes or removes an entry.</summary>
[Authorize(Policies.Coordination)]
[Route("Audit")]
public sealed class AuditController(AuditTrail trail, TimeProvider clock, IStringLocalizer<SharedResource> l) : Controller
{
    /// <summary>An implausible day in the filter (before 1990, far in the future) is not applied; the page says why.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] Index.Query query, [FromServices] Index.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query with
        {
            From = DateRules.Filter(query.From, nameof(query.From), ModelState, clock, l),
            To = DateRules.Filter(query.To, nameof(query.To), ModelState, clock, l),
        }, cancellationToken));

    [HttpPost("Verify")]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken)
    {
        var result = await trail.VerifyAsync(cancellationToken);
        await trail.RecordAsync(AuditAction.VerifyTrail, "AuditTrail", null, result.Intact ? "intact" : $"broken at {result.BrokenAt}", User);
        return View(result);
    }
}
