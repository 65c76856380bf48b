using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AntiTrafik.Web.Features.Drafts;

/// <summary>
/// Marks the action a form with a draft is sent to (<paramref name="form"/>, a key of <see cref="DraftKinds"/>; <c>{side}</c>
/// stands for the route's side). The one rule of when a draft goes: when its form's command is done. A refused or invalid
/// form, or one the person may no longer send, keeps it. The mark also tells the sign-in redirect which page to come back
/// to after a session ended while the form was open (<see cref="DraftKinds.OfRequest"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DraftAttribute(string form) : Attribute, IAsyncActionFilter
{
    public string Form { get; } = form;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (executed.Exception is null && CommandResponses.WasDone(http) && DraftKinds.OfRequest(http) is { } draft && http.User.GetUserId() is { } owner)
        {
            await http.RequestServices.GetRequiredService<DraftStore.Handler>().SubmittedAsync(owner, draft.Kind, draft.Record);
        }
    }
}
