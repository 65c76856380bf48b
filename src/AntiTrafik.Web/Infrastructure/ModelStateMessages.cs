using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AntiTrafik.Web.Infrastructure;

public static class ModelStateMessages
{
    /// <summary>All of a form's error messages in one line, for a notice on the page the user is sent back to.</summary>
    public static string Messages(this ModelStateDictionary modelState) =>
        string.Join(" ", modelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
}
