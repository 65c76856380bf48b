using AntiTrafik.Domain;
using Microsoft.AspNetCore.Identity;

namespace AntiTrafik.Web.Features.Administration.Users;

/// <summary>
/// The one-time link through which a person sets their password. Issuing a new one first changes the
/// security stamp, so any older link stops working.
/// </summary>
public static class PasswordLink
{
    public sealed record Model(string FullName, string Email, string Url, DateTime ExpiresAt);

    public sealed class Handler(UserManager<ApplicationUser> users, TimeProvider clock)
    {
        public async Task<Model> IssueAsync(ApplicationUser user, Func<string, string, string> buildUrl)
        {
            await users.UpdateSecurityStampAsync(user);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var expires = clock.GetUtcNow().UtcDateTime + Security.IdentitySetup.PasswordLinkLifetime;
            return new Model(user.FullName, user.Email!, buildUrl(user.Id, token), expires);
        }
    }
}
