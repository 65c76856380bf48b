using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AntiTrafik.Web.Infrastructure.TagHelpers;

/// <summary>
/// Marks a field that failed validation for assistive technology: <c>aria-invalid</c>, Bootstrap's
/// <c>is-invalid</c>, and <c>aria-describedby</c> pointing at its error message, so a screen reader
/// announces the error with the field. Runs after MVC's own input/select/textarea helpers.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            output.AddClass("is-invalid", System.Text.Encodings.Web.HtmlEncoder.Default);
            var errorId = FieldIds.ErrorIdFor(name);
            var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing)
                ? $"{existing.Value} {errorId}"
                : errorId;
            output.Attributes.SetAttribute("aria-describedby", describedBy);
        }
    }
}

/// <summary>Gives each field's error message the id the field points at, and Bootstrap's styling.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        output.Attributes.SetAttribute("id", FieldIds.ErrorIdFor(name));
        output.AddClass("invalid-feedback", System.Text.Encodings.Web.HtmlEncoder.Default);
        output.AddClass("d-block", System.Text.Encodings.Web.HtmlEncoder.Default);
    }
}

internal static class FieldIds
{
    public static string ErrorIdFor(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-error";
}
