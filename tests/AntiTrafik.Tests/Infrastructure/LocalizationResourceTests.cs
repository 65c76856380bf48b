using System.Text.RegularExpressions;
using System.Xml.Linq;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using AntiTrafik.Web.Security;

namespace AntiTrafik.Tests.Infrastructure;

/// <summary>Every text the portal shows exists in Albanian, so nothing falls back to English unnoticed.</summary>
public sealed partial class LocalizationResourceTests
{
    private static readonly string Web = Path.Combine(Repository.Root, "src", "AntiTrafik.Web");

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(Path.Combine(Web, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static IEnumerable<string> KeysUsedInSource()
    {
        foreach (var file in Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/obj/") && !f.Contains("/bin/")))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in LocalizerCall().Matches(text))
            {
                yield return m.Groups[1].Value;
            }

            foreach (Match m in PluralCall().Matches(text))
            {
                yield return m.Groups[1].Value;
                yield return m.Groups[2].Value;
            }

            foreach (Match m in DisplayName().Matches(text))
            {
                yield return m.Groups[1].Value;
            }
        }

        foreach (var role in Roles.All)
        {
            yield return "Role " + role;
            yield return "Role " + role + " description";
        }

        var prefixed = new (string Prefix, Type Enum)[]
        {
            ("Kind", typeof(AgencyKind)), ("Status", typeof(CaseStatus)), ("Sex", typeof(Sex)), ("Form", typeof(ExploitationForms)),
            ("Means", typeof(ControlMeans)), ("Channel", typeof(IdentificationChannel)), ("Closure", typeof(ClosureReason)),
            ("Side", typeof(AssessingSide)), ("Finding", typeof(Finding)), ("Consent", typeof(ConsentSubject)), ("Giver", typeof(ConsentGiver)),
            ("AgeGroup", typeof(AgeGroup)), ("Event", typeof(CaseEventKind)), ("DocumentKind", typeof(DocumentKind)), ("Sector", typeof(LabourSector)), ("Audit", typeof(AuditAction)),
            ("State", typeof(AntiTrafik.Web.Features.Cases.Index.OpenState)), ("Sort", typeof(AntiTrafik.Web.Features.Cases.Index.SortOrder)),
            ("MeetingKind", typeof(AntiTrafik.Domain.Meetings.MeetingKind)), ("MeetingState", typeof(AntiTrafik.Domain.Meetings.MeetingState)),
            ("ActionState", typeof(AntiTrafik.Domain.Meetings.ActionState)),
            ("TrainingKind", typeof(AntiTrafik.Domain.Trainings.TrainingKind)), ("ActivityState", typeof(AntiTrafik.Domain.Trainings.ActivityState)),
            ("BulletinState", typeof(AntiTrafik.Domain.Trainings.BulletinState)),
            ("ReferralState", typeof(ReferralState)), ("Urgency", typeof(Urgency)), ("Service", typeof(ReferralServices)), ("Notification", typeof(NotificationKind)),
        };
        foreach (var (prefix, type) in prefixed)
        {
            foreach (var name in Enum.GetNames(type).Where(n => n != "None"))
            {
                yield return prefix + " " + name;
            }
        }

        foreach (var label in new[] { "Mark as held", "Circulate the minutes", "Back to draft", "Approve the minutes" })
        {
            yield return label;
        }

        foreach (var item in AntiTrafik.Web.Features.Shared.MainNavigationViewComponent.Items)
        {
            yield return item.Text;
            if (item.Group is { } group)
            {
                yield return group;
            }
        }

        foreach (var kind in AntiTrafik.Web.Features.Drafts.DraftKinds.All)
        {
            yield return kind.Label;
        }
    }

    [Fact]
    public void Every_text_used_in_views_and_code_has_an_Albanian_and_an_English_string()
    {
        var albanian = Strings("SharedResource.sq.resx");
        var english = Strings("SharedResource.resx");
        var used = KeysUsedInSource().Where(k => !k.EndsWith(' ')).Distinct().ToList();

        Assert.True(used.Count > 50, "The scan found too few texts to be working.");
        var missingAlbanian = used.Where(k => !albanian.ContainsKey(k)).ToList();
        var missingEnglish = used.Where(k => !english.ContainsKey(k)).ToList();
        Assert.True(missingAlbanian.Count == 0, "No Albanian text for: " + string.Join(" | ", missingAlbanian));
        Assert.True(missingEnglish.Count == 0, "No English text for: " + string.Join(" | ", missingEnglish));
        Assert.Empty(albanian.Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key));
        Assert.Equal(english.Keys.Order(), albanian.Keys.Order());
    }

    [GeneratedRegex("""\b[lL]\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex LocalizerCall();

    /// <summary><c>l.Plural(count, "{0} record", "{0} records")</c>: both forms are keys.</summary>
    [GeneratedRegex("""\b[lL]\.Plural\([^"]*?"((?:[^"\\]|\\.)+)",\s*"((?:[^"\\]|\\.)+)"[,)]""")]
    private static partial Regex PluralCall();

    [GeneratedRegex("""Display\(Name = "([^"]+)"\)""")]
    private static partial Regex DisplayName();
}
