using Microsoft.AspNetCore.Mvc;

namespace AntiTrafik.Web.Infrastructure.Commands;

/// <summary>
/// The one way a controller turns a <see cref="CommandResult"/> into a response: not found is 404, forbidden
/// is 403 (<c>Forbid()</c>), done sets the notice and goes on. A refusal or an invalid form either shows the form
/// again with the message in ModelState (<see cref="RespondAsync"/>) or, for a button on a page, goes back to
/// that page with the message as the notice's "problem" (<see cref="RespondOnPage"/>).
/// </summary>
public static class CommandResponses
{
    private static readonly object DoneKey = new();

    /// <summary>
    /// Whether this request's command was done (answered through this class): what a form's draft waits for before it
    /// goes (<c>Features/Drafts/DraftAttribute</c>).
    /// </summary>
    public static bool WasDone(HttpContext context) => context.Items.ContainsKey(DoneKey);

    /// <summary>A form: refused or invalid shows it again, with the message and what was typed kept in ModelState.</summary>
    /// <param name="done">Where to go when done (usually a redirect).</param>
    /// <param name="showAgain">The form again, with its choices filled.</param>
    /// <param name="notice">Said on the next page when done.</param>
    /// <param name="fieldPrefix">Prefix of the form's fields in ModelState, for errors the command found by field.</param>
    public static async Task<IActionResult> RespondAsync(this Controller controller, CommandResult result, Func<IActionResult> done,
        Func<Task<IActionResult>> showAgain, string? notice = null, string fieldPrefix = "")
    {
        switch (result.Status)
        {
            case CommandStatus.NotFound:
                return controller.NotFound();
            case CommandStatus.Forbidden:
                return controller.Forbid();
            case CommandStatus.Done:
                Notice(controller, notice);
                return done();
        }

        foreach (var error in result.Errors)
        {
            controller.ModelState.AddModelError(error.Field.Length == 0 ? string.Empty : fieldPrefix + error.Field, error.Message);
        }

        if (result.Message is { } message)
        {
            controller.ModelState.AddModelError(string.Empty, message);
        }

        return await showAgain();
    }

    /// <inheritdoc cref="RespondAsync"/>
    public static Task<IActionResult> RespondAsync<T>(this Controller controller, CommandResult<T> result, Func<T, IActionResult> done,
        Func<Task<IActionResult>> showAgain, string? notice = null, string fieldPrefix = "") =>
        controller.RespondAsync(result.Result, () => done(result.Value!), showAgain, notice, fieldPrefix);

    /// <summary>
    /// A button on a page: done or not, the user goes back to the page (<paramref name="page"/>), told what happened
    /// (the notice, or the refusal as the "problem"; an invalid form's messages from ModelState).
    /// </summary>
    public static IActionResult RespondOnPage(this Controller controller, CommandResult result, Func<IActionResult> page, string? notice = null)
    {
        switch (result.Status)
        {
            case CommandStatus.NotFound:
                return controller.NotFound();
            case CommandStatus.Forbidden:
                return controller.Forbid();
            case CommandStatus.Done:
                Notice(controller, notice);
                break;
            default:
                controller.TempData["Problem"] = result.Message ?? controller.ModelState.Messages();
                break;
        }

        return page();
    }

    /// <inheritdoc cref="RespondOnPage"/>
    /// <remarks><paramref name="page"/> gets the command's value: set when done, and for other outcomes when the command gave it.</remarks>
    public static IActionResult RespondOnPage<T>(this Controller controller, CommandResult<T> result, Func<T, IActionResult> page, string? notice = null) =>
        controller.RespondOnPage(result.Result, () => page(result.Value!), notice);

    /// <summary>A command with no form, which is only done, not found or forbidden.</summary>
    public static IActionResult Respond<T>(this Controller controller, CommandResult<T> result, Func<T, IActionResult> done, string? notice = null) =>
        result.Status switch
        {
            CommandStatus.NotFound => controller.NotFound(),
            CommandStatus.Forbidden => controller.Forbid(),
            CommandStatus.Done => Notice(controller, notice, () => done(result.Value!)),
            _ => throw new InvalidOperationException($"A command without a form answered {result.Status}: use RespondAsync or RespondOnPage."),
        };

    /// <summary>
    /// A request a page's script sends in the background (there is no page to show): done is 204; not found and forbidden
    /// as usual; a refusal or an invalid request is 400 with its message, in the user's language, as plain text.
    /// </summary>
    public static IActionResult RespondToScript(this Controller controller, CommandResult result)
    {
        switch (result.Status)
        {
            case CommandStatus.NotFound:
                return controller.NotFound();
            case CommandStatus.Forbidden:
                return controller.Forbid();
            case CommandStatus.Done:
                Notice(controller, null);
                return controller.NoContent();
        }

        return new ContentResult
        {
            StatusCode = StatusCodes.Status400BadRequest,
            ContentType = "text/plain; charset=utf-8",
            Content = result.Message ?? controller.ModelState.Messages(),
        };
    }

    /// <summary>Called for every done command: says so to the request, and sets the notice.</summary>
    private static void Notice(Controller controller, string? notice)
    {
        controller.HttpContext.Items[DoneKey] = true;
        if (notice is not null)
        {
            controller.TempData["Notice"] = notice;
        }
    }

    private static IActionResult Notice(Controller controller, string? notice, Func<IActionResult> next)
    {
        Notice(controller, notice);
        return next();
    }
}
