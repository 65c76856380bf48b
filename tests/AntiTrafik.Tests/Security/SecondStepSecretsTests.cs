using System.Net;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Data.Seeding;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Security;

/// <summary>The authenticator app's key and the recovery codes are not readable from the database alone.</summary>
public sealed class SecondStepSecretsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string StrongPassword = "Sekret!2026-koordinim";

    [Fact]
    public async Task The_app_key_and_the_recovery_codes_are_encrypted_in_the_database_and_still_work()
    {
        using var admin = await portal.SignedInClientAsync(Demo.Admin);
        var email = $"koord.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test";
        await Users.CreateWithPasswordAsync(portal, admin, email, StrongPassword, role: "Coordinator", agencyCode: "ZKKA");
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsync(email, StrongPassword);

        var (key, codes) = await Users.SetUpAppWithCodesAsync(coordinator);

        var id = await Users.IdOfAsync(portal, email);
        var stored = await portal.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == id).ToDictionaryAsync(t => t.Name, t => t.Value!));
        Assert.StartsWith("dp1:", stored["AuthenticatorKey"]);
        Assert.DoesNotContain(key, stored["AuthenticatorKey"], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("dp1:", stored["RecoveryCodes"]);
        Assert.All(codes, code => Assert.DoesNotContain(code, stored["RecoveryCodes"]));

        // Read back through the store: the app's code and a recovery code (once) both let the person in.
        using var withApp = portal.CreatePortalClient();
        await withApp.SignInAsExpectedAsync(email, StrongPassword, key);
        using var withCode = portal.CreatePortalClient();
        await withCode.SignInAsync(email, StrongPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await withCode.SubmitAsync("/Account/Recovery", [new("RecoveryCode", codes[0])])).StatusCode);
        using var again = portal.CreatePortalClient();
        await again.SignInAsync(email, StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await again.SubmitAsync("/Account/Recovery", [new("RecoveryCode", codes[0])])).StatusCode);
    }

    [Fact]
    public async Task Secrets_written_in_clear_by_an_older_version_are_encrypted_at_start_and_keep_working()
    {
        // As an older version left it: the demo coordinator's key in clear.
        var id = await Users.IdOfAsync(portal, Demo.Coordinator);
        await portal.WithDbAsync(async db =>
        {
            var token = await db.UserTokens.SingleAsync(t => t.UserId == id && t.Name == "AuthenticatorKey");
            token.Value = DemoSeeder.AuthenticatorKey;
            return await db.SaveChangesAsync();
        });
        using var before = portal.CreatePortalClient();
        await before.SignInAsExpectedAsync(Demo.Coordinator);

        // What the portal runs at start (DatabaseSetup.PrepareDatabaseAsync).
        var encrypted = await portal.WithScopeAsync(services =>
            services.GetRequiredService<SecondStepSecrets>().ProtectExistingAsync(services.GetRequiredService<AntiTrafik.Data.AppDbContext>()));

        Assert.Equal(1, encrypted);
        var stored = await portal.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync());
        Assert.StartsWith("dp1:", stored);
        Assert.DoesNotContain(DemoSeeder.AuthenticatorKey, stored);
        using var after = portal.CreatePortalClient();
        await after.SignInAsExpectedAsync(Demo.Coordinator);
    }
}
