using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Referrals;

/// <summary>Notifies both agencies once when a referral passes its deadline unanswered.</summary>
public sealed class OverdueReferrals(AppDbContext db, Notifier notifier, TimeProvider clock)
{
    public async Task<int> NotifyAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Referrals.Include(r => r.Case)
            .Where(Referral.OverdueAt(now)).Where(r => r.OverdueNotifiedAt == null)
            .Take(500)
            .ToListAsync(cancellationToken);
        var notifications = new List<Notification>();
        foreach (var referral in due)
        {
            referral.OverdueNotifiedAt = now;
            notifications.Add(notifier.Add(referral.ReceivingAgencyId, NotificationKind.ReferralOverdue, referral.CaseId, referral.Case.Number, referral.Id));
            notifications.Add(notifier.Add(referral.SendingAgencyId, NotificationKind.ReferralOverdue, referral.CaseId, referral.Case.Number, referral.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        await notifier.SendEmailsAsync(notifications, cancellationToken);
        return due.Count;
    }
}

/// <summary>Runs the overdue check every few minutes (<c>Referrals:OverdueCheckMinutes</c>).</summary>
public sealed class OverdueReferralsJob(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OverdueReferralsJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(configuration.GetValue("Referrals:OverdueCheckMinutes", 5));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var count = await scope.ServiceProvider.GetRequiredService<OverdueReferrals>().NotifyAsync(stoppingToken);
                if (count > 0)
                {
                    logger.LogInformation("{Count} referrals became overdue", count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The overdue-referral check failed; it runs again at the next interval");
            }
        }
    }
}
