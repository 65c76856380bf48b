using System.Text.Encodings.Web;
using AntiTrafik.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Infrastructure.TagHelpers;

/// <summary>
/// Every <c>&lt;div asp-validation-summary&gt;</c> becomes the GOV.UK error summary: nothing when the form has no
/// error; otherwise "There is a problem" and a list whose items link to the fields they are about (the message is
/// also beside each field). <c>wwwroot/js/error-summary.js</c>, which this adds once a page, moves the focus to the
/// summary when the page opens and, when a link is followed, to the field itself.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<SharedResource> l, IFileVersionProvider versions) : TagHelper
{
    private static readonly object ScriptAdded = new();

    [HtmlAttributeName("asp-validation-summary")]
    public ValidationSummary Mode { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After MVC's own validation summary, whose list this replaces.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // In the order of the form's fields, as far as the page's model knows them; messages about the whole form first.
        var order = ViewContext.ViewData.ModelMetadata.Properties.Select((p, i) => (p.PropertyName, i))
            .ToDictionary(p => p.PropertyName ?? string.Empty, p => p.i, StringComparer.OrdinalIgnoreCase);
        var errors = ViewContext.ViewData.ModelState
            .Where(entry => Mode == ValidationSummary.All || entry.Key.Length == 0)
            .OrderBy(entry => entry.Key.Length == 0 ? -1 : order.GetValueOrDefault(entry.Key.Split('.', '[')[0], int.MaxValue))
            .SelectMany(entry => entry.Value!.Errors.Select(error => (Field: entry.Key, error.ErrorMessage)))
            .Where(error => !string.IsNullOrEmpty(error.ErrorMessage))
            .ToList();
        if (Mode == ValidationSummary.None || errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.Attributes.RemoveAll("data-valmsg-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("data-error-summary", string.Empty);
        output.Attributes.SetAttribute("aria-labelledby", "error-summary-title");
        output.RemoveClass("validation-summary-errors", HtmlEncoder.Default);
        output.AddClass("error-summary", HtmlEncoder.Default);

        var title = new TagBuilder("h2");
        title.AddCssClass("h5");
        title.Attributes["id"] = "error-summary-title";
        title.InnerHtml.Append(l["There is a problem"]);
        var list = new TagBuilder("ul");
        list.AddCssClass("mb-0");
        foreach (var (field, message) in errors.Distinct())
        {
            var item = new TagBuilder("li");
            if (field.Length == 0)
            {
                item.InnerHtml.Append(message);
            }
            else
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = "#" + TagBuilder.CreateSanitizedId(field, "_");
                link.AddCssClass("alert-link");
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }

            list.InnerHtml.AppendHtml(item);
        }

        output.PreContent.Clear();
        output.PostContent.Clear();
        output.Content.SetHtmlContent(title);
        output.Content.AppendHtml(list);

        var items = ViewContext.HttpContext.Items;
        if (items.TryAdd(ScriptAdded, true))
        {
            var request = ViewContext.HttpContext.Request;
            var script = new TagBuilder("script");
            script.Attributes["src"] = versions.AddFileVersionToPath(request.PathBase, "/js/error-summary.js");
            script.Attributes["defer"] = "defer";
            output.PostElement.AppendHtml(script);
        }
    }
}
