using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Referrals;

[Route("Referrals")]
public sealed class ReferralsController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet(""), Authorize(Policies.ReferralInbox)]
    public async Task<IActionResult> Inbox([FromQuery] Inbox.Query query, [FromServices] Inbox.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, User, cancellationToken));

    [HttpGet("Escalation"), Authorize(Policies.Coordination)]
    public async Task<IActionResult> Escalation([FromServices] Escalation.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(cancellationToken));

    [HttpPost("{id:int}/{step}"), Authorize(Policies.ReferralInbox)]
    public async Task<IActionResult> Step(int id, Answer.Step step, Answer.StepForm form, [FromServices] Answer.Handler handler) =>
        Show(id, ModelState.IsValid ? await handler.StepAsync(id, step, form, User) : await handler.InvalidAsync(id, User), step switch
        {
            Answer.Step.Accept => l["The referral is accepted."],
            Answer.Step.Decline => l["The referral is declined."],
            Answer.Step.Complete => l["The referral is completed."],
            _ => l["The referral is withdrawn."],
        });

    [HttpPost("{id:int}/Services"), Authorize(Policies.ReferralInbox)]
    public async Task<IActionResult> RecordService(int id, Answer.ServiceForm form, [FromServices] Answer.Handler handler) =>
        Show(id, ModelState.IsValid ? await handler.RecordServiceAsync(id, form, User) : await handler.InvalidAsync(id, User), l["The service is recorded."]);

    /// <summary>Back to the case's referrals, at this referral, with what happened; a refusal is shown there, never a 500.</summary>
    private IActionResult Show(int referralId, CommandResult<int> result, string notice) =>
        this.RespondOnPage(result, caseId => Redirect(Url.Action("Referrals", "Cases", new { id = caseId })! + "#referral-" + referralId), notice);
}
