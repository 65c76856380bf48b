using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Web.Features.Audit;

/// <summary>Reading and verifying the audit trail. There is no action that changes or removes an entry.</summary>
[Authorize(Policies.Coordination)]
[Route("Audit")]
public sealed class AuditController(AuditTrail trail) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] Index.Query query, [FromServices] Index.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, cancellationToken));

    [HttpPost("Verify")]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken)
    {
        var result = await trail.VerifyAsync(cancellationToken);
        await trail.RecordAsync(AuditAction.VerifyTrail, "AuditTrail", null, result.Intact ? "intact" : $"broken at {result.BrokenAt}", User);
        return View(result);
    }
}
