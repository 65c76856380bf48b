using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data.Seeding;

public sealed record DemoAccount(string Email, string Role, string AgencyCode, string FullName, string AgencyName = "");

/// <summary>
/// Demo sign-ins for trying the portal. Only outside Production and only when <c>Demo:SeedAccounts</c> is
/// true (appsettings.Development.json sets it), so a production database never holds a known password.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<ApplicationUser> users, DemoCases cases, DemoReferrals referrals, DemoMeetings meetings, DemoTrainings trainings, TimeProvider clock)
{
    public const string Password = "Demo!2026-NRM";

    /// <summary>
    /// The demo coordinator's and administrator's authenticator key (base32), so the demo can be tried: add it
    /// to an authenticator app, or print a code with <c>oathtool --totp -b KEY</c>. A real account gets its own.
    /// </summary>
    public const string AuthenticatorKey = "DEMOANTITRAFIKNRMALBANIAKEYDEMO7";
    public const string PoliceTiranaEmail = "policia.tirane@antitrafik.demo";
    public const string SocialServiceTiranaEmail = "shssh.tirane@antitrafik.demo";
    public const string ShelterEmail = "strehez.tdb@antitrafik.demo";
    public const string ChildRightsEmail = "ashmdf@antitrafik.demo";
    public const string PoliceVloraEmail = "policia.vlore@antitrafik.demo";
    public const string SocialServiceSupervisorEmail = "mbikeqyrese.shssh.tirane@antitrafik.demo";
    public const string ShelterSupervisorEmail = "mbikeqyrese.strehez@antitrafik.demo";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin@antitrafik.demo", Roles.Administrator, AgencyCatalog.CoordinatorOffice, "Arben Hoxha"),
        new("koordinator@antitrafik.demo", Roles.Coordinator, AgencyCatalog.CoordinatorOffice, "Elona Shehu"),
        new(PoliceTiranaEmail, Roles.Caseworker, AgencyCatalog.PoliceDirectorate("Tiranë"), "Gentian Leka"),
        new(SocialServiceTiranaEmail, Roles.Caseworker, AgencyCatalog.SocialServiceDirectorate("Tiranë"), "Mirela Dervishi"),
        new(ShelterEmail, Roles.Caseworker, AgencyCatalog.ShelterDifferentAndEqual, "Anila Kola"),
        new(ChildRightsEmail, Roles.Caseworker, AgencyCatalog.ChildRightsAgency, "Besnik Marku"),
        new(PoliceVloraEmail, Roles.Caseworker, AgencyCatalog.PoliceDirectorate("Vlorë"), "Ilir Basha"),
        new(SocialServiceSupervisorEmail, Roles.Supervisor, AgencyCatalog.SocialServiceDirectorate("Tiranë"), "Lindita Prifti"),
        new(ShelterSupervisorEmail, Roles.Supervisor, AgencyCatalog.ShelterDifferentAndEqual, "Valbona Duka"),
        new("sekretar@antitrafik.demo", Roles.MeetingSecretary, AgencyCatalog.CoordinatorOffice, "Diana Gjoni"),
    ];

    public static bool IsEnabled(IHostEnvironment environment, IConfiguration configuration) =>
        !environment.IsProduction() && configuration.GetValue<bool>("Demo:SeedAccounts");

    public async Task<IReadOnlyList<DemoAccount>> SeedAsync()
    {
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => (a.Id, a.Name), StringComparer.Ordinal);
        var seeded = new List<DemoAccount>();
        foreach (var account in Accounts)
        {
            var agency = agencies[account.AgencyCode];
            if (await users.FindByEmailAsync(account.Email) is not { } user)
            {
                user = new ApplicationUser
                {
                    UserName = account.Email,
                    Email = account.Email,
                    EmailConfirmed = true,
                    FullName = account.FullName,
                    AgencyId = agency.Id,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                (await users.CreateAsync(user, Password)).ThrowIfFailed($"Demo account {account.Email}");
                (await users.AddToRoleAsync(user, account.Role)).ThrowIfFailed($"Demo account {account.Email}");
            }

            if (account.Role is Roles.Coordinator or Roles.Administrator && !user.TwoFactorEnabled)
            {
                // The roles that must sign in with a second factor have it on, with the published demo key.
                (await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AuthenticatorKey)).ThrowIfFailed($"Demo account {account.Email}");
                (await users.SetTwoFactorEnabledAsync(user, true)).ThrowIfFailed($"Demo account {account.Email}");
            }

            seeded.Add(account with { AgencyName = agency.Name });
        }

        await cases.SeedAsync();
        await referrals.SeedAsync();
        await meetings.SeedAsync();
        await trainings.SeedAsync();
        return seeded;
    }
}
