using AntiTrafik.Data;
using AntiTrafik.Web.Features.Administration.Users;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// The first way into a new production database: when no administrator exists and
/// <c>Bootstrap:AdministratorEmail</c> is set, that account is created in the coordinator's office and its
/// one-time password link is written to the console (never to the log files). Once any administrator
/// exists this does nothing.
/// </summary>
public sealed class AdministratorBootstrap(AppDbContext db, Edit.Handler accounts, PasswordLink.Handler links, IConfiguration configuration)
{
    public async Task<string?> EnsureAsync()
    {
        var email = configuration["Bootstrap:AdministratorEmail"];
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var anyAdministrator = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
            .AnyAsync(name => name == Roles.Administrator);
        if (anyAdministrator || await db.Users.AnyAsync(u => u.NormalizedEmail == email.Trim().ToUpperInvariant()))
        {
            return null;
        }

        var office = await db.Agencies.Where(a => a.Code == AgencyCatalog.CoordinatorOffice).Select(a => a.Id).SingleAsync();
        var user = (await accounts.CreateAsync(new Edit.Form
        {
            FullName = "Administrator",
            Email = email,
            AgencyId = office,
            Role = Roles.Administrator,
        }, admin: null)).Value!;
        var link = await links.IssueAsync(user, (id, token) =>
            $"/Account/SetPassword?userId={Uri.EscapeDataString(id)}&token={Uri.EscapeDataString(token)}");
        return link.Url;
    }
}
