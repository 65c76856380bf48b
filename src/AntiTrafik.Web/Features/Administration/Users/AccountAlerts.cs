using System.Globalization;
using System.Security.Claims;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Notifications;
using AntiTrafik.Web.Security;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Features.Administration.Users;

/// <summary>
/// Tells a person by e-mail when an administrator did something to their way in: a new password link, a reset
/// sign-in, another role, institution or e-mail address. An administrator can take over an account this way
/// (the link is shown to them, to hand over), so the account's owner hears of it at once and can raise the
/// alarm. The message names what was done, by whom and when; it never carries the link.
/// </summary>
public static class AccountAlerts
{
    public enum Change
    {
        PasswordLink,
        SignInReset,
        RoleOrInstitution,
        EmailAddress,
    }

    private static readonly Dictionary<Change, string> What = new()
    {
        [Change.PasswordLink] = "u lëshua një lidhje e re për fjalëkalimin e llogarisë suaj / a new password link was issued for your account",
        [Change.SignInReset] = "u rivendos hyrja në llogarinë tuaj (aplikacioni i vërtetimit, kodet e rikuperimit dhe fjalëkalimi) / the sign-in of your account was reset (authenticator app, recovery codes and password)",
        [Change.RoleOrInstitution] = "u ndryshua roli ose institucioni i llogarisë suaj / the role or institution of your account was changed",
        [Change.EmailAddress] = "u ndryshua adresa e email-it e llogarisë suaj / the e-mail address of your account was changed",
    };

    public sealed class Handler(IEmailSender email, IOptions<EmailOptions> options, TimeProvider clock, ILogger<Handler> logger)
    {
        /// <param name="to">The address the account had before the change (for a new address, the old one is told).</param>
        public async Task SendAsync(string? to, Change change, ClaimsPrincipal admin)
        {
            if (string.IsNullOrWhiteSpace(to))
            {
                return;
            }

            var at = PortalTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
            var body = $"AntiTrafik: {What[change]}.\n\n" +
                $"{at}, {admin.FindFirstValue(PortalClaims.FullName) ?? "administrator"}.\n\n" +
                "Nëse nuk e keni kërkuar ju, njoftoni menjëherë institucionin tuaj dhe Zyrën e Koordinatorit Kombëtar. / " +
                "If you did not ask for this, tell your institution and the National Coordinator's office at once.\n\n" +
                options.Value.PortalUrl.TrimEnd('/');
            try
            {
                await email.SendAsync(new EmailMessage(to, "AntiTrafik: ndryshim në llogarinë tuaj / a change to your account", body));
            }
            catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
            {
                // The change itself stands; the audit trail has it.
                logger.LogWarning(ex, "The account alert ({Change}) could not be sent", change);
            }
        }
    }
}
