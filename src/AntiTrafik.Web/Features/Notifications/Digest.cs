using System.Globalization;
using System.Text;
using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Features.Notifications;

public sealed class DigestOptions
{
    /// <summary>The hour of the day, in Albania's time, from which each day's digest is sent.</summary>
    public int DigestHour { get; set; } = 7;
}

/// <summary>
/// The daily digest: each active caseworker who chose it gets, once a day after the configured hour, one e-mail with
/// the counts by kind and the case numbers or meeting titles of their institution's notifications since their last
/// digest, and one link to the notifications page. No names, no decisions, no other personal data.
/// </summary>
public static class Digest
{
    /// <summary>At most this many case numbers or titles are listed under a kind; the counts are always whole.</summary>
    public const int SubjectsPerKind = 30;

    /// <summary>The latest moment at or before <paramref name="now"/> when a day's digest became due (the hour, in Albania's time), in UTC.</summary>
    public static DateTime DueSince(DateTime now, int hour)
    {
        var local = PortalTime.ToLocal(now);
        var todays = local.Date.AddHours(Math.Clamp(hour, 0, 23));
        return PortalTime.ToUtc(local >= todays ? todays : todays.AddDays(-1));
    }

    public sealed class Handler(AppDbContext db, IEmailSender email, Notifier notifier, IOptions<DigestOptions> options, ILogger<Handler> logger)
    {
        /// <summary>
        /// Sends the digests due at <paramref name="now"/> (the clock's time, given by the job). Each person's digest is
        /// first claimed by moving their <c>LastDigestAt</c> from the value read to <paramref name="now"/> in one
        /// conditional update: another instance doing the same finds the value moved and leaves that person alone. A
        /// digest that cannot be sent gives its claim back, so the next run tries again.
        /// </summary>
        /// <returns>How many digests were sent.</returns>
        public async Task<int> SendDueAsync(DateTime now, CancellationToken cancellationToken = default)
        {
            var dueSince = DueSince(now, options.Value.DigestHour);
            var due = await Notifier.Recipients(db).AsNoTracking()
                .Where(u => u.NotificationEmail == NotificationEmail.DailyDigest && (u.LastDigestAt == null || u.LastDigestAt < dueSince))
                .Select(u => new { u.Id, u.AgencyId, Email = u.Email!, u.LastDigestAt })
                .ToListAsync(cancellationToken);
            var sent = 0;
            foreach (var person in due)
            {
                if (!await ClaimAsync(person.Id, person.LastDigestAt, now, cancellationToken))
                {
                    continue;
                }

                var since = person.LastDigestAt ?? now.AddDays(-1);
                var message = await ComposeAsync(person.AgencyId, since, now, cancellationToken);
                if (message is null)
                {
                    continue;
                }

                try
                {
                    await email.SendAsync(new EmailMessage(person.Email, message.Value.Subject, message.Value.Body), cancellationToken);
                    sent++;
                }
                catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
                {
                    logger.LogWarning(ex, "The notification digest for user {UserId} could not be sent; it is tried again at the next run", person.Id);
                    await ClaimAsync(person.Id, now, person.LastDigestAt, CancellationToken.None);
                }
            }

            return sent;
        }

        /// <returns>Whether this call moved the person's last digest from <paramref name="from"/> to <paramref name="to"/>.</returns>
        private async Task<bool> ClaimAsync(string userId, DateTime? from, DateTime? to, CancellationToken cancellationToken) =>
            await db.Users.Where(u => u.Id == userId && u.LastDigestAt == from)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastDigestAt, to), cancellationToken) == 1;

        /// <returns>
        /// The digest of the agency's notifications from <paramref name="since"/> until (not including) <paramref name="now"/>,
        /// so one digest's end is the next one's start; null when there were none.
        /// </returns>
        private async Task<(string Subject, string Body)?> ComposeAsync(int agencyId, DateTime since, DateTime now, CancellationToken cancellationToken)
        {
            var window = db.Notifications.AsNoTracking().Where(n => n.AgencyId == agencyId && n.CreatedAt >= since && n.CreatedAt < now);
            var counts = await window.GroupBy(n => n.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            if (counts.Count == 0)
            {
                return null;
            }

            var subjects = new Dictionary<NotificationKind, List<string>>();
            foreach (var kind in counts.Select(c => c.Kind))
            {
                subjects[kind] = await window.Where(n => n.Kind == kind).GroupBy(n => n.Subject)
                    .Select(g => new { Subject = g.Key, Last = g.Max(n => n.CreatedAt) })
                    .OrderByDescending(s => s.Last).Take(SubjectsPerKind).Select(s => s.Subject)
                    .ToListAsync(cancellationToken);
            }

            var total = counts.Sum(c => c.Count);
            var body = new StringBuilder()
                .AppendLine("AntiTrafik: Përmbledhja ditore e njoftimeve të institucionit tuaj / Your institution's daily digest of notifications")
                .Append("Që nga / Since: ").AppendLine(PortalTime.ToLocal(since).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture))
                .AppendLine();
            foreach (var count in counts.OrderBy(c => c.Kind))
            {
                body.Append(Notifier.Describe(count.Kind)).Append(": ").Append(count.Count.ToString(CultureInfo.InvariantCulture)).AppendLine();
                body.Append("  ").AppendLine(string.Join(", ", subjects[count.Kind]));
            }

            body.AppendLine().AppendLine(notifier.PortalLink("/Notifications")).AppendLine().Append(Notifier.NoPersonalData);
            var subject = $"AntiTrafik: Përmbledhja e njoftimeve / Notifications digest ({total.ToString(CultureInfo.InvariantCulture)})";
            return (subject, body.ToString());
        }
    }
}

/// <summary>
/// Sends the daily digests: every few minutes (<c>Notifications:DigestCheckMinutes</c>) it asks for those due, so a
/// digest goes soon after the hour, and a portal that was down at the hour sends it when it is back.
/// </summary>
public sealed class DigestJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<DigestJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(configuration.GetValue("Notifications:DigestCheckMinutes", 5));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<Digest.Handler>().SendDueAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("{Count} notification digests were sent", sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The notification digest failed; it runs again at the next interval");
            }
        }
    }
}
