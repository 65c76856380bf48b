using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Administration.Users;

/// <summary>
/// What an administrator does to a person's way into the portal: disable or enable the account, hand out a
/// new password link, or reset the sign-in of someone who lost their authenticator app. Each is decided per
/// account by <see cref="UserAccountAuthorizationHandler"/>, ends the person's open sessions and is recorded in
/// the audit trail.
/// </summary>
public static class Access
{
    /// <summary>The question asked before a sign-in is reset.</summary>
    public sealed record ResetQuestion(string Id, string FullName, string Email);

    public sealed class Handler(
        AppDbContext db,
        UserManager<ApplicationUser> users,
        IAuthorizationService authorization,
        PasswordLink.Handler links,
        AccountAlerts.Handler alerts,
        AuditTrail audit)
    {
        /// <returns>Done with the person's name.</returns>
        public Task<CommandResult<string>> SetDisabledAsync(ClaimsPrincipal admin, string id, bool disabled) =>
            ActAsync(admin, id, disabled ? AccountOperations.Disable : AccountOperations.Manage, async user =>
            {
                if (disabled)
                {
                    user.Disable();
                }
                else
                {
                    user.Enable();
                }

                // A new stamp ends the disabled person's open sessions at their next request's stamp check.
                await users.UpdateSecurityStampAsync(user);
                await audit.RecordAsync(AuditAction.StatusChange, "User", user.Id, disabled ? "disabled" : "enabled", admin);
                return CommandResult.Done(user.FullName);
            });

        /// <summary>A new one-time link, for a person who lost theirs or forgot the password.</summary>
        public Task<CommandResult<PasswordLink.Model>> NewLinkAsync(ClaimsPrincipal admin, string id, Func<string, string, string> buildUrl) =>
            ActAsync(admin, id, AccountOperations.Manage, async user =>
            {
                var link = await links.IssueAsync(user, buildUrl);
                await audit.RecordAsync(AuditAction.Update, "User", user.Id, "password link", admin);
                await alerts.SendAsync(user.Email, AccountAlerts.Change.PasswordLink, admin);
                return CommandResult.Done(link);
            });

        /// <summary>The confirmation page, for whom the reset is allowed.</summary>
        public Task<CommandResult<ResetQuestion>> AskResetSignInAsync(ClaimsPrincipal admin, string id) =>
            ActAsync(admin, id, AccountOperations.ResetSignIn, user =>
                Task.FromResult(CommandResult.Done(new ResetQuestion(user.Id, user.FullName, user.Email ?? string.Empty))));

        /// <summary>
        /// For a person who lost the phone with their authenticator app: the app's key, the recovery codes and
        /// the password all stop working, and only the new one-time link gets them back in. Whoever knew the old
        /// password cannot use the gap to set up an app of their own; the person sets a new password through
        /// the link and then sets up the app again (required again at once for the roles that need it).
        /// </summary>
        public Task<CommandResult<PasswordLink.Model>> ResetSignInAsync(ClaimsPrincipal admin, string id, Func<string, string, string> buildUrl) =>
            ActAsync(admin, id, AccountOperations.ResetSignIn, async user =>
            {
                // All or nothing, and the way in closes first: the password (and with it the open sessions, through
                // the new stamp), then the app's key, the passkeys and the codes, and only then is the second step turned off.
                // SQL Server's retrying strategy runs the whole transaction again, from a fresh read of the account.
                var link = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
                {
                    db.ChangeTracker.Clear();
                    var account = await users.FindByIdAsync(user.Id) ?? throw new InvalidOperationException("The account is gone.");
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    if (await users.HasPasswordAsync(account))
                    {
                        (await users.RemovePasswordAsync(account)).ThrowIfFailed("Removing the password");
                    }

                    (await users.ResetAuthenticatorKeyAsync(account)).ThrowIfFailed("A new authenticator key");
                    // A lost phone may hold a passkey too: every passkey goes with the app.
                    foreach (var passkey in await users.GetPasskeysAsync(account))
                    {
                        (await users.RemovePasskeyAsync(account, passkey.CredentialId)).ThrowIfFailed("Removing a passkey");
                    }

                    // No codes at all: the old ones are replaced by an empty set.
                    _ = await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 0)
                        ?? throw new InvalidOperationException("Replacing the recovery codes failed");
                    (await users.SetTwoFactorEnabledAsync(account, false)).ThrowIfFailed("Turning off the second step");
                    var issued = await links.IssueAsync(account, buildUrl);
                    await transaction.CommitAsync();
                    return issued;
                });

                await audit.RecordAsync(AuditAction.Update, "User", user.Id, "authenticator, passkeys, recovery codes, password", admin);
                await alerts.SendAsync(user.Email, AccountAlerts.Change.SignInReset, admin);
                return CommandResult.Done(link);
            });

        private async Task<CommandResult<T>> ActAsync<T>(ClaimsPrincipal admin, string id, OperationAuthorizationRequirement operation,
            Func<ApplicationUser, Task<CommandResult<T>>> act)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return CommandResult.NotFound();
            }

            if (!(await authorization.AuthorizeAsync(admin, new ManagedAccount(user.Id), operation)).Succeeded)
            {
                return CommandResult.Forbidden();
            }

            return await act(user);
        }
    }
}
