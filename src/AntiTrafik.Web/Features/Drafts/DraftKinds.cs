using System.Globalization;
using AntiTrafik.Domain.Cases;

namespace AntiTrafik.Web.Features.Drafts;

/// <summary>What kind of record a form with a draft changes, to name it in "my drafts".</summary>
public enum DraftSubject
{
    None,
    Case,
    Meeting,
    Bulletin,
}

/// <summary>
/// A kind of form whose typing is kept as a draft.
/// </summary>
/// <param name="Key">The form's name in the portal (what a draft records, what the page and the script send).</param>
/// <param name="Label">What the form is, in English (the key of its text in the user's language).</param>
/// <param name="Page">The local address of the page that shows the form; <c>{0}</c> stands for the record's id.</param>
public sealed record DraftKind(string Key, string Label, string Page, DraftSubject Subject)
{
    public bool HasRecord => Page.Contains("{0}", StringComparison.Ordinal);

    /// <summary>The page that shows this form for the record (0 for a form that makes a new one).</summary>
    public string PageOf(int record) => HasRecord ? string.Format(CultureInfo.InvariantCulture, Page, record) : Page;
}

/// <summary>
/// The one list of forms that keep drafts. A draft is saved, shown and deleted only for a form named here, so the
/// keys a browser may send are known, and each names the page a person returns to.
/// </summary>
public static class DraftKinds
{
    /// <summary>The keys, for <see cref="DraftAttribute"/> on the actions the forms are sent to.</summary>
    public static class Keys
    {
        public const string CaseRegistration = "case-register";
        public const string CaseEdit = "case-edit";

        /// <summary>The assessment of the route's side (<c>{side}</c>): the police's or the social service's.</summary>
        public const string Assessment = "assessment-{side}";
        public const string MeetingNew = "meeting-new";
        public const string MeetingEdit = "meeting-edit";
        public const string Minutes = "minutes";
        public const string BulletinNew = "bulletin-new";
        public const string BulletinTexts = "bulletin-texts";
    }

    public static readonly DraftKind CaseRegistration = new(Keys.CaseRegistration, "Registering a case", "/Cases/Register", DraftSubject.None);
    public static readonly DraftKind CaseEdit = new(Keys.CaseEdit, "Editing a case", "/Cases/{0}/Edit", DraftSubject.Case);
    public static readonly DraftKind PoliceAssessment = new("assessment-Police", "The police's assessment", "/Cases/{0}/Assess/Police", DraftSubject.Case);
    public static readonly DraftKind SocialServiceAssessment = new("assessment-SocialService", "The social service's assessment", "/Cases/{0}/Assess/SocialService", DraftSubject.Case);
    public static readonly DraftKind MeetingNew = new(Keys.MeetingNew, "Scheduling a meeting", "/Meetings/New", DraftSubject.None);
    public static readonly DraftKind MeetingEdit = new(Keys.MeetingEdit, "Editing a meeting", "/Meetings/{0}/Edit", DraftSubject.Meeting);
    public static readonly DraftKind Minutes = new(Keys.Minutes, "Minutes of a meeting", "/Meetings/{0}", DraftSubject.Meeting);
    public static readonly DraftKind BulletinNew = new(Keys.BulletinNew, "Preparing a bulletin", "/Bulletins/New", DraftSubject.None);
    public static readonly DraftKind BulletinTexts = new(Keys.BulletinTexts, "The texts of a bulletin", "/Bulletins/{0}", DraftSubject.Bulletin);

    /// <summary>The assessment form of one side of the joint interview.</summary>
    public static DraftKind AssessmentOf(AssessingSide side) =>
        Find(Keys.Assessment.Replace("{side}", side.ToString(), StringComparison.Ordinal))!;

    private static readonly Dictionary<string, DraftKind> ByKey =
        new[] { CaseRegistration, CaseEdit, PoliceAssessment, SocialServiceAssessment, MeetingNew, MeetingEdit, Minutes, BulletinNew, BulletinTexts }
            .ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<DraftKind> All => ByKey.Values;

    public static DraftKind? Find(string? key) => key is not null && ByKey.TryGetValue(key, out var form) ? form : null;

    /// <summary>
    /// The form and record a POST action saves, from its <see cref="DraftAttribute"/> and its route (the record is the
    /// route's <c>id</c>; a <c>{side}</c> in the attribute's key is the route's side), or null for any other request.
    /// </summary>
    public static (DraftKind Kind, int Record)? OfRequest(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<DraftAttribute>() is not { } attribute)
        {
            return null;
        }

        var values = context.Request.RouteValues;
        var key = attribute.Form.Replace("{side}", values["side"]?.ToString() ?? string.Empty, StringComparison.Ordinal);
        if (Find(key) is not { } form)
        {
            return null;
        }

        if (!form.HasRecord)
        {
            return (form, 0);
        }

        return int.TryParse(values["id"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var record) && record > 0 ? (form, record) : null;
    }
}
