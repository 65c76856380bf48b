using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Infrastructure.Notifications;

/// <summary>
/// Tells an agency's people that something needs them: an in-app notification for the agency, and an e-mail to each
/// of its active caseworkers who chose to hear at once (the others read it in the portal, or in their daily digest,
/// <see cref="Features.Notifications.Digest"/>). Both carry only the kind, the case number or meeting title and a link.
/// </summary>
public sealed class Notifier(AppDbContext db, IEmailSender email, IOptions<EmailOptions> options, TimeProvider clock, ILogger<Notifier> logger)
{
    /// <summary>The line every portal e-mail ends with.</summary>
    public const string NoPersonalData = "Ky mesazh nuk përmban të dhëna personale. / This message holds no personal data.";

    private static readonly Dictionary<NotificationKind, string> Kinds = new()
    {
        [NotificationKind.ReferralReceived] = "Referim i ri / New referral",
        [NotificationKind.ReferralAnswered] = "Referimi u përgjigj / Referral answered",
        [NotificationKind.ReferralOverdue] = "Referim me afat të kaluar / Overdue referral",
        [NotificationKind.LeadOffered] = "Ju ofrohet drejtimi i rastit / You are offered the lead of a case",
        [NotificationKind.JointInterviewRequested] = "Kërkohet intervista e përbashkët / The joint interview is asked for",
        [NotificationKind.MeetingAction] = "Një mbledhje i caktoi institucionit tuaj një veprim / A meeting gave your institution an action",
        [NotificationKind.ResponsibleAuthorityDecision] = "Vendim i Autoritetit Përgjegjës për një rast / A decision of the Responsible Authority on a case",
    };

    /// <summary>The kind in both languages, for e-mails (which go to a person whose language the portal does not know).</summary>
    public static string Describe(NotificationKind kind) => Kinds[kind];

    /// <summary>The people who hear of an agency's notifications by e-mail: its active caseworkers and supervisors with an address.</summary>
    public static IQueryable<ApplicationUser> Recipients(AppDbContext db) =>
        db.Users.Where(u => !u.IsDisabled && u.Email != null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Caseworker || r.Name == Roles.Supervisor))));

    /// <summary>Adds a notification about a case to the context; the caller's save writes it with the change it reports.</summary>
    /// <param name="meetingId">The meeting that decided on the case, when a meeting did.</param>
    public Notification Add(int agencyId, NotificationKind kind, int caseId, string caseNumber, int? referralId, int? meetingId = null) =>
        Added(new Notification { AgencyId = agencyId, Kind = kind, CaseId = caseId, Subject = caseNumber, ReferralId = referralId, MeetingId = meetingId });

    /// <summary>Adds a notification about a meeting (named by its title) to the context, for the caller's save.</summary>
    public Notification AddAboutMeeting(int agencyId, NotificationKind kind, int meetingId, string meetingTitle) =>
        Added(new Notification { AgencyId = agencyId, Kind = kind, MeetingId = meetingId, Subject = meetingTitle });

    /// <summary>
    /// E-mails each saved notification to its agency's active caseworkers who chose to hear at once. A failed send is
    /// logged, not fatal: the notification is in the portal.
    /// </summary>
    public async Task SendEmailsAsync(IEnumerable<Notification> notifications, CancellationToken cancellationToken = default)
    {
        foreach (var notification in notifications)
        {
            var recipients = await Recipients(db).AsNoTracking()
                .Where(u => u.AgencyId == notification.AgencyId && u.NotificationEmail == NotificationEmail.AtOnce)
                .Select(u => u.Email!)
                .ToListAsync(cancellationToken);
            var body = $"AntiTrafik: {Describe(notification.Kind)} — {notification.Subject}\n\n{PortalLink(NotificationLinks.PathOf(notification))}\n\n{NoPersonalData}";
            foreach (var to in recipients)
            {
                try
                {
                    await email.SendAsync(new EmailMessage(to, $"AntiTrafik: {Describe(notification.Kind)} ({notification.Subject})", body), cancellationToken);
                }
                catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
                {
                    logger.LogWarning(ex, "E-mail for notification {NotificationId} could not be sent", notification.Id);
                }
            }
        }
    }

    /// <summary>A path of the portal as the address people open from an e-mail.</summary>
    public string PortalLink(string path) => options.Value.PortalUrl.TrimEnd('/') + path;

    private Notification Added(Notification notification)
    {
        notification.CreatedAt = clock.GetUtcNow().UtcDateTime;
        db.Notifications.Add(notification);
        return notification;
    }
}

/// <summary>Where a notification leads: the page where its work is done. The path holds an id at most, never a name.</summary>
public static class NotificationLinks
{
    /// <summary>The institution's own actions: the responsible institution may not see the meeting itself, but always sees this list.</summary>
    public const string MyActions = "/Meetings/Actions";

    public static string PathOf(Notification notification) => PathOf(notification.Kind, notification.CaseId, notification.MeetingId);

    public static string PathOf(NotificationKind kind, int? caseId, int? meetingId) =>
        kind == NotificationKind.MeetingAction ? MyActions
        : caseId is { } id ? $"/Cases/{id}"
        : meetingId is { } meeting ? $"/Meetings/{meeting}"
        : "/Notifications";
}
