using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AntiTrafik.Web.Infrastructure;

public static class ModelStateMessages
{
    /// <summary>At most this many different messages make the notice; a form sent with a thousand wrong fields does not make a thousand.</summary>
    public const int MaxMessages = 5;

    /// <summary>
    /// A form's error messages in one line, for a notice on the page the user is sent back to (through the TempData
    /// cookie, so it stays short): each message once, the first <see cref="MaxMessages"/> of them. Messages never repeat
    /// what was sent (see <c>LocalizedModelBindingMessages</c>), so nothing typed reaches the cookie.
    /// </summary>
    public static string Messages(this ModelStateDictionary modelState)
    {
        var messages = modelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return string.Join(" ", messages.Take(MaxMessages)) + (messages.Count > MaxMessages ? " …" : string.Empty);
    }
}
