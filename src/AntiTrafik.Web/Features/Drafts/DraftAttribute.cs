using System.Globalization;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AntiTrafik.Web.Features.Drafts;

/// <summary>
/// Marks the action a form with a draft is sent to (<paramref name="form"/>, a key of <see cref="DraftKinds"/>; <c>{side}</c>
/// stands for the route's side). The one rule of what becomes of the draft when its form is sent: done, the draft goes;
/// refused, invalid or forbidden, what the form carried as typed (<see cref="TypedField"/>, added by <c>drafts.js</c> as
/// the form is sent) becomes the draft, so the last words typed are kept too, with no separate request that could
/// arrive after the form was saved. The mark also tells the sign-in redirect which page to come back to after a session
/// ended while the form was open (<see cref="DraftKinds.OfRequest"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DraftAttribute(string form) : Attribute, IAsyncActionFilter
{
    /// <summary>The typed fields as the draft's JSON, sent with the form.</summary>
    public const string TypedField = "__Draft";

    /// <summary>The record's version the form was opened on, sent with the form.</summary>
    public const string BaseVersionField = "__DraftBaseVersion";

    public string Form { get; } = form;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (executed.Exception is not null || DraftKinds.OfRequest(http) is not { } draft || http.User.GetUserId() is not { } owner)
        {
            return;
        }

        var drafts = http.RequestServices.GetRequiredService<DraftStore.Handler>();
        if (CommandResponses.WasDone(http))
        {
            await drafts.SubmittedAsync(owner, draft.Kind, draft.Record);
        }
        else if (http.Request.HasFormContentType && http.Request.Form[TypedField] is { Count: 1 } typed)
        {
            var version = int.TryParse(http.Request.Form[BaseVersionField], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
            // Kept if it can be; a draft that cannot (too long, unreadable) does not change the form's own answer.
            await drafts.SaveAsync(new DraftStore.SaveForm { Kind = draft.Kind.Key, Record = draft.Record, BaseVersion = version }, typed[0], http.User);
        }
    }
}
