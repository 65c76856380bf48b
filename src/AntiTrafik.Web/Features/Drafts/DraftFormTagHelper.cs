using System.Globalization;
using System.Text.Json;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Drafts;

/// <summary>
/// <c>&lt;form draft="case-edit" draft-record="@id" draft-version="@version"&gt;</c>: a form whose typing
/// <c>wwwroot/js/drafts.js</c> keeps as the person's draft. The form gets what the script needs (which form, where to
/// save, the texts it shows) and, when the signed-in person keeps a draft of it, that draft: on a page opened anew, to
/// fill the form with (the notice saying so is here, hidden until the script has filled it); on a form shown again after
/// it was sent and refused, only the names of the fields the draft holds, since the form already shows what was sent.
/// The draft is looked up by the signed-in person's id, so nobody else ever receives it.
/// </summary>
[HtmlTargetElement("form", Attributes = "draft")]
public sealed class DraftFormTagHelper(DraftStore.Handler drafts, IStringLocalizer<SharedResource> l) : TagHelper
{
    [HtmlAttributeName("draft")]
    public string Kind { get; set; } = string.Empty;

    /// <summary>The record the form changes (none for a form that makes a new one).</summary>
    [HtmlAttributeName("draft-record")]
    public int Record { get; set; }

    /// <summary>The record's version the form shows.</summary>
    [HtmlAttributeName("draft-version")]
    public int? Version { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var kind = DraftKinds.Find(Kind) ?? throw new InvalidOperationException($"\"{Kind}\" is not a form with drafts: add it to DraftKinds.");
        var http = ViewContext.HttpContext;
        var pathBase = http.Request.PathBase.Value ?? string.Empty;
        var attributes = output.Attributes;
        attributes.SetAttribute("data-draft", kind.Key);
        attributes.SetAttribute("data-draft-record", Record.ToString(CultureInfo.InvariantCulture));
        if (kind.HasRecord && Version is { } version)
        {
            attributes.SetAttribute("data-draft-version", version.ToString(CultureInfo.InvariantCulture));
        }

        attributes.SetAttribute("data-draft-save-url", pathBase + "/Drafts");
        attributes.SetAttribute("data-draft-page", pathBase + kind.PageOf(Record));
        attributes.SetAttribute("data-draft-max", DraftStore.MaxChars.ToString(CultureInfo.InvariantCulture));
        attributes.SetAttribute("data-draft-saved-text", l["Draft saved at {0}.", "{0}"].Value);
        attributes.SetAttribute("data-draft-failed-text", l["The draft could not be saved."].Value);
        attributes.SetAttribute("data-draft-too-long-text", l["This draft is too long to be kept (at most {0} characters). Send the form, or shorten what you typed.", DraftStore.MaxChars].Value);
        attributes.SetAttribute("data-draft-ended-text", l["Your session has ended: what you type now is not kept. Send the form to sign in again; what was kept before comes back."].Value);
        attributes.SetAttribute("data-draft-yes-text", l["Yes"].Value);

        var restore = await drafts.ForFormAsync(http.User, kind, Record, Version);
        if (restore is not null && HttpMethods.IsGet(http.Request.Method))
        {
            attributes.SetAttribute("data-draft-restore", JsonSerializer.Serialize(restore.Fields.Select(f => new { n = f.Name, v = f.Values })));
            output.PreContent.AppendHtml(Notice(restore, pathBase));
        }
        else if (restore is not null)
        {
            attributes.SetAttribute("data-draft-names", JsonSerializer.Serialize(restore.Fields.Select(f => f.Name)));
        }

        var status = new TagBuilder("p");
        status.AddCssClass("draft-status small text-body-secondary mt-2 mb-0");
        status.Attributes["data-draft-status"] = string.Empty;
        status.Attributes["data-testid"] = "draft-status";
        status.Attributes["aria-live"] = "polite";
        output.PostContent.AppendHtml(status);
    }

    /// <summary>"Filled in from your draft…", with the button to discard it; the script shows it once the form is filled.</summary>
    private TagBuilder Notice(DraftStore.Restore restore, string pathBase)
    {
        var notice = new TagBuilder("div");
        notice.AddCssClass("alert alert-info d-flex flex-wrap align-items-center gap-2");
        notice.Attributes["data-draft-notice"] = string.Empty;
        notice.Attributes["data-testid"] = "draft-restored";
        notice.Attributes["aria-live"] = "polite";
        notice.Attributes["hidden"] = "hidden";
        var text = new TagBuilder("span");
        text.InnerHtml.Append(l["This form is filled in from your draft of {0}.", restore.SavedAt.InPortalZone().ToString("g", CultureInfo.CurrentCulture)]);
        if (restore.RecordChangedSince)
        {
            text.InnerHtml.Append(" " + l["Someone has changed the record since: check every field before saving."].Value);
        }

        notice.InnerHtml.AppendHtml(text);
        var discard = new TagBuilder("button");
        discard.Attributes["type"] = "button";
        discard.AddCssClass("btn btn-sm btn-outline-secondary");
        discard.Attributes["data-draft-discard"] = pathBase + "/Drafts/" + restore.Id.ToString("D", CultureInfo.InvariantCulture) + "/Discard";
        discard.InnerHtml.Append(l["Discard the draft"]);
        notice.InnerHtml.AppendHtml(discard);
        return notice;
    }
}
