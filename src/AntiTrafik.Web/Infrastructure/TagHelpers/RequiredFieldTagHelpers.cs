using System.Collections.Concurrent;
using AntiTrafik.Web.Resources;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Infrastructure.TagHelpers;

/// <summary>
/// Whether a form's field must be filled in, read from the form's own validator (a rule that the field is not empty,
/// without a condition), so the mark on the page and the rule that refuses the form cannot disagree.
/// </summary>
public static class RequiredFields
{
    private static readonly ConcurrentDictionary<(Type, string), bool> Known = new();

    public static bool IsRequired(ModelExpression field, IServiceProvider services)
    {
        var metadata = field.Metadata;
        if (metadata.ContainerType is not { } form || metadata.PropertyName is not { } property)
        {
            return false;
        }

        return Known.GetOrAdd((form, property), key =>
            services.GetService(typeof(IValidator<>).MakeGenericType(key.Item1)) is IValidator validator
            && validator.CreateDescriptor().GetRulesForMember(key.Item2)
                .SelectMany(rule => rule.Components)
                .Any(c => c.Validator is INotNullValidator or INotEmptyValidator && !c.HasCondition && !c.HasAsyncCondition));
    }
}

/// <summary>
/// Marks the label of a required field: "(required)" after the label, for the eye (the label's own text, which names
/// the field, stays as it is); the field itself says <c>aria-required</c> for a screen reader. Every
/// <c>&lt;label asp-for&gt;</c> of a field with a validator gets it; <c>required-mark="false"</c> leaves one out, and
/// <c>&lt;legend required-for="…"&gt;</c> marks a group of choices.
/// </summary>
[HtmlTargetElement("label", Attributes = "asp-for")]
[HtmlTargetElement("legend", Attributes = "required-for")]
public sealed class RequiredMarkTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName("required-for")]
    public ModelExpression? RequiredFor { get; set; }

    [HtmlAttributeName("required-mark")]
    public bool? Mark { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = For ?? RequiredFor;
        if (field is null || Mark == false || (Mark is null && !RequiredFields.IsRequired(field, ViewContext.HttpContext.RequestServices)))
        {
            return;
        }

        var mark = new TagBuilder("span");
        mark.AddCssClass("required-mark small text-body-secondary ms-1");
        mark.Attributes["aria-hidden"] = "true";
        mark.InnerHtml.Append(l["(required)"]);
        if (output.TagName == "legend")
        {
            // A legend names its group: the mark goes inside it, read with it.
            mark.Attributes.Remove("aria-hidden");
            output.PostContent.AppendHtml(mark);
        }
        else
        {
            output.PostElement.AppendHtml(mark);
        }
    }
}

/// <summary>A required field says so to assistive technology (<c>aria-required</c>), beside its marked label.</summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class RequiredFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = output.Attributes.TryGetAttribute("type", out var t) ? t.Value?.ToString() : null;
        if (type is "hidden" or "checkbox" or "radio" || !RequiredFields.IsRequired(For, ViewContext.HttpContext.RequestServices))
        {
            return;
        }

        output.Attributes.SetAttribute("aria-required", "true");
    }
}
