using AntiTrafik.Web.Features.Notifications;
using AntiTrafik.Web.Features.Referrals;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Infrastructure.Notifications;

public static class NotificationSetup
{
    /// <summary>E-mail (files in a folder unless <c>Email:Mode</c> is <c>Smtp</c>), notifications and their daily digest, referral deadlines and the overdue check.</summary>
    public static IServiceCollection AddPortalNotifications(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<IEmailSender>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmailOptions>>().Value;
            return string.Equals(options.Mode, "Smtp", StringComparison.OrdinalIgnoreCase)
                ? new SmtpEmailSender(options)
                : new FileEmailSender(PathResolver.UnderContentRoot(environment, Path.Combine(options.PickupFolder, ".")), options.From);
        });
        services.AddScoped<Notifier>();
        services.Configure<DigestOptions>(configuration.GetSection("Notifications"));
        if (configuration.GetValue("Notifications:RunDigest", true))
        {
            services.AddHostedService<DigestJob>();
        }

        services.Configure<ReferralDeadlines>(configuration.GetSection("Referrals:ResponseTime"));
        services.AddScoped<OverdueReferrals>();
        if (configuration.GetValue("Referrals:RunOverdueCheck", true))
        {
            services.AddHostedService<OverdueReferralsJob>();
        }

        return services;
    }
}
