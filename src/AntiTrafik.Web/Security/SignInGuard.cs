using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.SignIns;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Notifications;
using AntiTrafik.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Slows whoever guesses passwords or second-step codes, without ever locking the real person out.
/// Each try is counted against the pair (what was typed as the account, the address it came from) before the
/// password is even looked at (<see cref="TryAsync"/>), and forgiven when it succeeds. After
/// <see cref="SignInThrottle.FreeTries"/> failures that pair waits 5 seconds, then twice as long after every
/// further failure, up to 15 minutes; the same account from another address is not slowed. An unknown e-mail is
/// counted exactly like a known one, in the database (so a restart or a second instance tells nothing apart),
/// and every wait is told in the same words. When failures pile up on an account, its owner is told by e-mail.
/// </summary>
public sealed class SignInGuard(
    AppDbContext db,
    HashingKey hashingKey,
    TimeProvider clock,
    IHttpContextAccessor http,
    IEmailSender email,
    IStringLocalizer<SharedResource> l,
    ILogger<SignInGuard> logger)
{
    /// <summary>Failures on one account, from anywhere, in a day, after which its owner is told.</summary>
    public const int FailuresWorthTelling = 10;

    private byte[] Key => hashingKey.For("AntiTrafik.SignInThrottle.v1");

    /// <summary>The account as typed at the password step (any e-mail, known or not).</summary>
    public string PasswordStep(string typedEmail) => Hash("password:" + typedEmail.Trim().ToUpperInvariant());

    /// <summary>The account at the second step (the password was right).</summary>
    public string SecondStep(string userId) => Hash("second-step:" + userId);

    /// <summary>
    /// Counts one try for this account from this address, as a failure until <see cref="SucceededAsync"/> says
    /// otherwise. Returns null when the try may go ahead, or the message to show while the pair must wait.
    /// Two tries racing for the same pair: one goes ahead, the other is told to wait.
    /// </summary>
    public async Task<string?> TryAsync(string accountKey)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var address = Address();
        var row = await db.SignInThrottles.AsNoTracking().FirstOrDefaultAsync(t => t.AccountKey == accountKey && t.Address == address);
        if (row is null)
        {
            var first = new SignInThrottle { AccountKey = accountKey, Address = address };
            first.Failed(now);
            db.SignInThrottles.Add(first);
            try
            {
                await db.SaveChangesAsync();
                return null;
            }
            catch (DbUpdateException)
            {
                db.Entry(first).State = EntityState.Detached;
                return WaitMessage(SignInThrottle.FirstWait);
            }
        }

        if (row.WaitLeft(now) is { } wait && wait > TimeSpan.Zero)
        {
            return WaitMessage(wait);
        }

        var counted = row.Failures;
        var lastFailure = row.LastFailureAt;
        row.Failed(now);
        var claimed = await db.SignInThrottles
            .Where(t => t.Id == row.Id && t.Failures == counted && t.LastFailureAt == lastFailure)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Failures, row.Failures)
                .SetProperty(t => t.LastFailureAt, row.LastFailureAt)
                .SetProperty(t => t.NextTryAt, row.NextTryAt));
        return claimed == 1 ? null : WaitMessage(SignInThrottle.WaitAfter(counted + 1));
    }

    /// <summary>The try succeeded: this address is no longer slowed for this account.</summary>
    public async Task SucceededAsync(string accountKey)
    {
        var address = Address();
        await db.SignInThrottles.Where(t => t.AccountKey == accountKey && t.Address == address).ExecuteDeleteAsync();
    }

    /// <summary>
    /// The try failed on an account that exists: once its failures of the last day (password and second step,
    /// from every address) reach <see cref="FailuresWorthTelling"/>, its owner is told, at most once a day. The
    /// message has no personal data and no link.
    /// </summary>
    public async Task FailedOnAccountAsync(ApplicationUser account)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - SignInThrottle.Memory;
        string[] keys = [PasswordStep(account.Email ?? string.Empty), SecondStep(account.Id)];
        var failures = await db.SignInThrottles.Where(t => keys.Contains(t.AccountKey) && t.LastFailureAt > since).SumAsync(t => t.Failures);
        if (failures < FailuresWorthTelling || string.IsNullOrWhiteSpace(account.Email))
        {
            return;
        }

        // One instance, one request tells: the stamp is set only where it was not set today.
        var mine = await db.Users
            .Where(u => u.Id == account.Id && (u.FailedSignInsReportedAt == null || u.FailedSignInsReportedAt < since))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignInsReportedAt, now));
        if (mine == 0)
        {
            return;
        }

        var at = PortalTime.ToLocal(now).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        var body =
            $"AntiTrafik: {failures} përpjekje të dështuara për të hyrë në llogarinë tuaj gjatë 24 orëve të fundit (deri më {at}). " +
            "Llogaria nuk është bllokuar: përpjekjet nga i njëjti vend ngadalësohen. Nëse nuk ishit ju, njoftoni menjëherë institucionin tuaj dhe Zyrën e Koordinatorit Kombëtar.\n\n" +
            $"AntiTrafik: {failures} failed attempts to sign in to your account in the last 24 hours (until {at}). " +
            "The account is not locked: attempts from the same place are slowed down. If it was not you, tell your institution and the National Coordinator's office at once.";
        try
        {
            await email.SendAsync(new EmailMessage(account.Email, "AntiTrafik: përpjekje të dështuara për të hyrë / failed sign-in attempts", body));
        }
        catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
        {
            logger.LogWarning(ex, "The failed sign-in alert could not be sent");
        }
    }

    /// <summary>The same words for every wait, whoever the account is and whether it exists.</summary>
    private string WaitMessage(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        var words = seconds < 120 ? l.Plural(seconds, "{0} second", "{0} seconds") : l.Plural(Math.Ceiling(seconds / 60.0), "{0} minute", "{0} minutes");
        return l["Too many failed attempts from here. Wait {0} and try again.", words.Value];
    }

    private string Address()
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "-";
        return address[..Math.Min(address.Length, SignInThrottle.AddressMaxLength)];
    }

    private string Hash(string value) => Convert.ToHexString(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(value)));
}
