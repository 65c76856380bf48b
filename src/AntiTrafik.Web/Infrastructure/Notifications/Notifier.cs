using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Infrastructure.Notifications;

/// <summary>
/// Tells an agency's people that something needs them: an in-app notification for the agency, and an
/// e-mail to each of its active caseworkers. Both carry only the kind, the case number and a link.
/// </summary>
public sealed class Notifier(AppDbContext db, IEmailSender email, IOptions<EmailOptions> options, TimeProvider clock, ILogger<Notifier> logger)
{
    private static readonly Dictionary<NotificationKind, string> Subjects = new()
    {
        [NotificationKind.ReferralReceived] = "Referim i ri / New referral",
        [NotificationKind.ReferralAnswered] = "Referimi u përgjigj / Referral answered",
        [NotificationKind.ReferralOverdue] = "Referim me afat të kaluar / Overdue referral",
        [NotificationKind.LeadOffered] = "Ju ofrohet drejtimi i rastit / You are offered the lead of a case",
        [NotificationKind.JointInterviewRequested] = "Kërkohet intervista e përbashkët / The joint interview is asked for",
    };

    /// <summary>Adds the notification to the context; the caller's save writes it with the change it reports.</summary>
    public Notification Add(int agencyId, NotificationKind kind, int caseId, string caseNumber, int? referralId)
    {
        var notification = new Notification
        {
            AgencyId = agencyId,
            Kind = kind,
            CaseId = caseId,
            CaseNumber = caseNumber,
            ReferralId = referralId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Notifications.Add(notification);
        return notification;
    }

    /// <summary>E-mails the agency's active caseworkers about saved notifications. A failed send is logged, not fatal.</summary>
    public async Task SendEmailsAsync(IEnumerable<Notification> notifications, CancellationToken cancellationToken = default)
    {
        foreach (var notification in notifications)
        {
            var recipients = await db.Users.AsNoTracking()
                .Where(u => u.AgencyId == notification.AgencyId && !u.IsDisabled && u.Email != null
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Caseworker)))
                .Select(u => u.Email!)
                .ToListAsync(cancellationToken);
            var link = $"{options.Value.PortalUrl.TrimEnd('/')}/Cases/{notification.CaseId}";
            var body = $"AntiTrafik: {Subjects[notification.Kind]} — {notification.CaseNumber}\n\n{link}\n\n" +
                "Ky mesazh nuk përmban të dhëna personale. / This message holds no personal data.";
            foreach (var to in recipients)
            {
                try
                {
                    await email.SendAsync(new EmailMessage(to, $"AntiTrafik: {Subjects[notification.Kind]} ({notification.CaseNumber})", body), cancellationToken);
                }
                catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
                {
                    logger.LogWarning(ex, "E-mail for notification {NotificationId} could not be sent", notification.Id);
                }
            }
        }
    }
}
