using AntiTrafik.Web.Resources;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Infrastructure.TagHelpers;

/// <summary>
/// Gives a <c>&lt;select data-enhance="search"&gt;</c> the words its search box shows, in the reader's language, so
/// <c>wwwroot/js/enhance-select.js</c> holds no text of its own. Without script the select is an ordinary one.
/// </summary>
[HtmlTargetElement("select", Attributes = "data-enhance")]
public sealed class SearchableSelectTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        SetIfMissing(output, "data-placeholder", l["Type to search…"]);
        SetIfMissing(output, "data-no-results", l["Nothing matches."]);
        SetIfMissing(output, "data-remove-text", l["Remove"]);
    }

    private static void SetIfMissing(TagHelperOutput output, string name, string value)
    {
        if (!output.Attributes.ContainsName(name))
        {
            output.Attributes.SetAttribute(name, value);
        }
    }
}
