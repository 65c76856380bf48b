using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Security;
using AntiTrafik.Web.Security.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Account;

/// <summary>
/// "Siguria e hyrjes": the person's open sessions (started, last seen, browser, address), ending one or all the
/// others, the password, the authenticator app and passkeys. Only one's own sessions are ever read or ended.
/// </summary>
public static class SignInSecurity
{
    public sealed record SessionRow(int Id, DateTime StartedAt, DateTime LastSeenAt, string? Browser, string? Address, bool IsThisOne);

    public sealed record Model(
        IReadOnlyList<SessionRow> Sessions,
        bool TwoFactorEnabled,
        int RecoveryCodesLeft,
        IReadOnlyList<Passkeys.Row> Passkeys,
        ChangePassword.Form Password);

    public sealed class Handler(AppDbContext db, UserManager<ApplicationUser> users, Passkeys.Handler passkeys, TimeProvider clock, AuditTrail audit)
    {
        public async Task<Model> ShowAsync(ClaimsPrincipal principal, HttpContext context, ChangePassword.Form? password = null)
        {
            var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
            var now = clock.GetUtcNow().UtcDateTime;
            var current = SignInSessionStore.CurrentKey(context);
            var sessions = await db.SignInSessions.AsNoTracking()
                .Where(s => s.UserId == user.Id && s.ExpiresAt > now)
                .OrderByDescending(s => s.LastSeenAt)
                .Select(s => new SessionRow(s.Id, s.StartedAt, s.LastSeenAt, s.Browser, s.Address, s.Key == current))
                .ToListAsync();
            return new Model(sessions, user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user),
                await passkeys.ListAsync(user), password ?? new ChangePassword.Form());
        }

        /// <returns>Done with whether the session ended was the one asking; not found when it is not one of this person's.</returns>
        public async Task<CommandResult<bool>> EndAsync(ClaimsPrincipal principal, HttpContext context, int sessionId)
        {
            var userId = principal.GetUserId();
            var current = SignInSessionStore.CurrentKey(context);
            var session = await db.SignInSessions.AsNoTracking()
                .Where(s => s.Id == sessionId && s.UserId == userId)
                .Select(s => new { s.Key })
                .FirstOrDefaultAsync();
            if (session is null)
            {
                return CommandResult.NotFound();
            }

            await db.SignInSessions.Where(s => s.Id == sessionId && s.UserId == userId).ExecuteDeleteAsync();
            await audit.RecordAsync(AuditAction.Update, "User", userId, "session ended", principal);
            return CommandResult.Done(session.Key == current);
        }

        /// <returns>Done with how many sessions were ended.</returns>
        public async Task<CommandResult<int>> EndOthersAsync(ClaimsPrincipal principal, HttpContext context)
        {
            var userId = principal.GetUserId();
            var current = SignInSessionStore.CurrentKey(context);
            var ended = await db.SignInSessions.Where(s => s.UserId == userId && s.Key != current).ExecuteDeleteAsync();
            if (ended > 0)
            {
                await audit.RecordAsync(AuditAction.Update, "User", userId, "other sessions ended", principal);
            }

            return CommandResult.Done(ended);
        }
    }
}
