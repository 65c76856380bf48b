using System.Net;
using AntiTrafik.Tests.Support;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafik.Tests.Features.Administration;

public sealed class UsersTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string NewEmail() => $"user-{Guid.NewGuid():N}@antitrafik.test";

    [Fact]
    public async Task A_new_user_sets_a_password_through_the_one_time_link_and_signs_in()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var email = NewEmail();

        var link = await Users.CreateAsync(portal, admin, email, role: "Caseworker", agencyCode: "VATRA");
        using var newcomer = portal.CreatePortalClient();
        await Users.SetPasswordAsync(newcomer, link, "Vatra!2026-shelter");
        await newcomer.SignInAsExpectedAsync(email, "Vatra!2026-shelter");

        var home = await newcomer.GetPageAsync("/");
        Assert.Contains("Vatra", home);
        Assert.Contains("Punonjës i rasteve", home);
    }

    [Fact]
    public async Task A_new_account_cannot_sign_in_before_its_password_is_set()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var email = NewEmail();
        await Users.CreateAsync(portal, admin, email);

        using var client = portal.CreatePortalClient();
        var response = await client.SignInAsync(email, "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fusha „Fjalëkalimi” është e detyrueshme.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_password_link_works_only_once()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var link = await Users.CreateAsync(portal, admin, NewEmail());
        using var newcomer = portal.CreatePortalClient();
        await Users.SetPasswordAsync(newcomer, link, "First!2026-password");

        using var someoneElse = portal.CreatePortalClient();
        await Users.SetPasswordAsync(someoneElse, link, "Second!2026-password", HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_link_makes_the_old_one_useless()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var email = NewEmail();
        var oldLink = await Users.CreateAsync(portal, admin, email);
        var id = await Users.IdOfAsync(portal, email);

        var response = await admin.SubmitAsync($"/Administration/Users/Edit/{id}", $"/Administration/Users/NewLink/{id}", []);
        var newLink = PortalClient.Field(await response.Content.ReadAsStringAsync(), "password-link");

        using var client = portal.CreatePortalClient();
        await Users.SetPasswordAsync(client, oldLink, "Old!2026-link-pass", HttpStatusCode.OK);
        await Users.SetPasswordAsync(client, newLink, "New!2026-link-pass");
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_Albanian()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var link = new Uri(await Users.CreateAsync(portal, admin, NewEmail()));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        using var newcomer = portal.CreatePortalClient();

        var response = await newcomer.SubmitAsync(link.PathAndQuery, "/Account/SetPassword",
            [new("UserId", query["userId"]!), new("Token", query["token"]!), new("Password", "short"), new("ConfirmPassword", "short")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fjalëkalimi duhet të ketë të paktën 12 shenja.", html);
    }

    [Fact]
    public async Task Creating_a_user_with_missing_or_duplicate_fields_explains_each_in_Albanian_and_keeps_what_was_typed()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);

        var response = await admin.SubmitAsync("/Administration/Users/Create",
            [new("FullName", "<b>Ana</b> Kola"), new("Email", Demo.PoliceVlora), new("AgencyId", ""), new("Role", "Superuser")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ekziston tashmë një llogari me këtë adresë email-i.", html);
        Assert.Contains("Fusha „Institucioni” është e detyrueshme.", html);
        Assert.Contains("Zgjidhni një nga rolet.", html);
        Assert.Equal("<b>Ana</b> Kola", PortalClient.Field(html, "FullName"));
        Assert.DoesNotContain("<b>Ana</b>", html);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_an_enabled_one_can_again()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var email = NewEmail();
        await Users.CreateWithPasswordAsync(portal, admin, email, "Disable!2026-me");
        var id = await Users.IdOfAsync(portal, email);

        var disable = await admin.SubmitAsync("/Administration/Users", $"/Administration/Users/Disable/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);

        using var client = portal.CreatePortalClient();
        var refused = await client.SignInAsync(email, "Disable!2026-me");
        Assert.Contains("Kjo llogari është çaktivizuar.", await refused.Content.ReadAsStringAsync());

        await admin.SubmitAsync("/Administration/Users", $"/Administration/Users/Enable/{id}", []);
        await client.SignInAsExpectedAsync(email, "Disable!2026-me");
    }

    [Fact]
    public async Task Disabling_ends_the_users_open_session()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var email = NewEmail();
        await Users.CreateWithPasswordAsync(portal, admin, email, "Session!2026-end");
        using var user = portal.CreatePortalClient();
        await user.SignInAsExpectedAsync(email, "Session!2026-end");
        var id = await Users.IdOfAsync(portal, email);
        // The principal the user's open cookie carries: made before the account is disabled.
        var openSession = await PrincipalOfAsync(id);

        await admin.SubmitAsync("/Administration/Users", $"/Administration/Users/Disable/{id}", []);

        // What the cookie middleware asks at the next stamp check (once a minute).
        var stillIn = await portal.WithScopeAsync(services =>
            services.GetRequiredService<SignInManager<ApplicationUser>>().ValidateSecurityStampAsync(openSession));
        Assert.Null(stillIn);
    }

    [Fact]
    public async Task The_administrator_cannot_disable_their_own_account()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var id = await Users.IdOfAsync(portal, Demo.Admin);

        var response = await admin.SubmitAsync("/Administration/Users", $"/Administration/Users/Disable/{id}", []);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsDisabled).SingleAsync()));
    }

    [Fact]
    public async Task Two_administrators_editing_the_same_user_do_not_overwrite_each_other()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var email = NewEmail();
        await Users.CreateAsync(portal, admin, email, fullName: "Original Name");
        var id = await Users.IdOfAsync(portal, email);
        var form = await admin.GetPageAsync($"/Administration/Users/Edit/{id}");
        var stamp = PortalClient.Field(form, "ConcurrencyStamp");
        var agencyId = (await Users.AgencyIdAsync(portal, "DVP-TIRANE")).ToString();
        List<KeyValuePair<string, string>> Fields(string name) =>
            [new("FullName", name), new("Email", email), new("AgencyId", agencyId), new("Role", "Caseworker"), new("ConcurrencyStamp", stamp)];

        var first = await admin.SubmitAsync($"/Administration/Users/Edit/{id}", Fields("First Editor"));
        var second = await admin.SubmitAsync($"/Administration/Users/Edit/{id}", Fields("Second Editor"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Dikush tjetër e ndryshoi këtë regjistrim", html);
        Assert.Equal("Second Editor", PortalClient.Field(html, "FullName"));
        Assert.Equal("First Editor", await portal.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.FullName).SingleAsync()));
    }

    [Fact]
    public async Task A_coordinator_who_lost_their_phone_gets_back_in_only_through_the_new_link_and_must_set_up_the_app_again()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var email = NewEmail();
        await Users.CreateWithPasswordAsync(portal, admin, email, "Lost!2026-phone", role: "Coordinator", agencyCode: "ZKKA");
        var id = await Users.IdOfAsync(portal, email);
        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsync(email, "Lost!2026-phone");
        var oldKey = await Users.SetUpAppAsync(coordinator);
        Assert.Contains("Hyn me aplikacion vërtetimi.", await admin.GetPageAsync($"/Administration/Users/Edit/{id}"));
        var openSession = await PrincipalOfAsync(id);

        Assert.Contains("Të rivendoset hyrja e Test Person?", await admin.GetPageAsync($"/Administration/Users/ResetSignIn/{id}"));
        var reset = await admin.SubmitAsync($"/Administration/Users/ResetSignIn/{id}", []);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var link = PortalClient.Field(await reset.Content.ReadAsStringAsync(), "password-link");
        Assert.Contains("Nuk përdor ende aplikacion vërtetimi.", await admin.GetPageAsync($"/Administration/Users/Edit/{id}"));
        // The old password, the old app and the open session are all of no use any more.
        using var thief = portal.CreatePortalClient();
        var refused = await thief.SignInAsync(email, "Lost!2026-phone");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Email ose fjalëkalim i gabuar.", await refused.Content.ReadAsStringAsync());
        Assert.Null(await portal.WithScopeAsync(services =>
            services.GetRequiredService<SignInManager<ApplicationUser>>().ValidateSecurityStampAsync(openSession)));
        // The session still open elsewhere cannot use its last minute to register an app of its own: it is signed out.
        var stale = await coordinator.GetAsync("/Account/TwoFactorSetup");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains("/Account/Login", stale.Headers.Location!.OriginalString);
        Assert.Contains("/Account/Login", (await coordinator.GetAsync("/Cases")).Headers.Location!.OriginalString);
        Assert.Equal(0, await portal.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.CountRecoveryCodesAsync((await users.FindByIdAsync(id))!);
        }));

        // The link sets a new password; the role needs the app, so the first stop is setting it up again.
        using var person = portal.CreatePortalClient();
        await Users.SetPasswordAsync(person, link, "Found!2026-phone");
        var signedIn = await person.SignInAsync(email, "Found!2026-phone");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var next = await person.GetAsync("/Cases");
        Assert.Equal("/Account/TwoFactorSetup", next.Headers.Location!.OriginalString);
        var newKey = await Users.SetUpAppAsync(person);
        Assert.NotEqual(oldKey, newKey);
        using var later = portal.CreatePortalClient();
        await later.SignInAsExpectedAsync(email, "Found!2026-phone", newKey);

        var entry = await portal.WithDbAsync(db => db.AuditTrail.Where(a => a.EntityType == "User" && a.EntityId == id && a.Fields == "authenticator, passkeys, recovery codes, password").SingleAsync());
        Assert.Equal(AuditAction.Update, entry.Action);
        Assert.Equal(await Users.IdOfAsync(portal, Demo.Admin), entry.UserId);
    }

    [Fact]
    public async Task The_administrator_cannot_reset_their_own_sign_in()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var id = await Users.IdOfAsync(portal, Demo.Admin);
        var page = await admin.GetPageAsync($"/Administration/Users/Edit/{id}");
        Assert.DoesNotContain($"/Administration/Users/ResetSignIn/{id}", page);
        Assert.Contains("Hyrjen tuaj e rivendos një administrator tjetër.", page);

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/Administration/Users/ResetSignIn/{id}")).StatusCode);
        var response = await admin.SubmitAsync($"/Administration/Users/Edit/{id}", $"/Administration/Users/ResetSignIn/{id}", []);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        using var again = portal.CreatePortalClient();
        await again.SignInAsExpectedAsync(Demo.Admin);
    }

    [Fact]
    public async Task An_administrator_cannot_make_themselves_a_caseworker_to_read_cases_but_may_fix_their_own_name()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var id = await Users.IdOfAsync(portal, Demo.Admin);
        var form = await admin.GetPageAsync($"/Administration/Users/Edit/{id}");
        var office = (await portal.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.AgencyId).SingleAsync())).ToString();
        var tdb = (await Users.AgencyIdAsync(portal, "TDB")).ToString();
        List<KeyValuePair<string, string>> Fields(string name, string agency, string role) =>
            [new("FullName", name), new("Email", Demo.Admin), new("AgencyId", agency), new("Role", role), new("ConcurrencyStamp", PortalClient.Field(form, "ConcurrencyStamp"))];

        var refused = await admin.SubmitAsync($"/Administration/Users/Edit/{id}", Fields("Arben Hoxha", tdb, "Caseworker"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Rolin dhe institucionin tuaj i ndryshon një administrator tjetër.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(office, (await portal.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.AgencyId).SingleAsync())).ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/Cases")).StatusCode);

        form = await admin.GetPageAsync($"/Administration/Users/Edit/{id}");
        var renamed = await admin.SubmitAsync($"/Administration/Users/Edit/{id}", Fields("Arben Hoxha-Leka", office, "Administrator"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Arben Hoxha-Leka", await portal.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.FullName).SingleAsync()));

        // The demo administrator is shared by this class's tests: the name goes back.
        form = await admin.GetPageAsync($"/Administration/Users/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Administration/Users/Edit/{id}", Fields("Arben Hoxha", office, "Administrator"))).StatusCode);
    }

    [Fact]
    public async Task The_owner_is_told_by_email_of_a_new_link_a_reset_and_other_access_but_never_sent_the_link()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var email = NewEmail();
        await Users.CreateWithPasswordAsync(portal, admin, email, "Alert!2026-owner");
        var id = await Users.IdOfAsync(portal, email);
        List<string> MailsTo(string address) => portal.Mails().Where(m => m.Contains($"To: {address}")).ToList();
        Assert.Empty(MailsTo(email));

        await admin.SubmitAsync($"/Administration/Users/Edit/{id}", $"/Administration/Users/NewLink/{id}", []);
        await admin.SubmitAsync($"/Administration/Users/ResetSignIn/{id}", []);
        var form = await admin.GetPageAsync($"/Administration/Users/Edit/{id}");
        var newEmail = NewEmail();
        var edited = await admin.SubmitAsync($"/Administration/Users/Edit/{id}",
        [
            new("FullName", "Test Person"), new("Email", newEmail), new("AgencyId", (await Users.AgencyIdAsync(portal, "VATRA")).ToString()),
            new("Role", "Caseworker"), new("ConcurrencyStamp", PortalClient.Field(form, "ConcurrencyStamp")),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var toOld = MailsTo(email);
        Assert.Equal(3, toOld.Count);
        Assert.Single(toOld, m => m.Contains("a new password link was issued for your account"));
        Assert.Single(toOld, m => m.Contains("the sign-in of your account was reset"));
        Assert.Single(toOld, m => m.Contains("the e-mail address of your account was changed"));
        Assert.Single(MailsTo(newEmail), m => m.Contains("the role or institution of your account was changed"));
        Assert.All(toOld.Concat(MailsTo(newEmail)), m =>
        {
            Assert.Contains("Arben Hoxha", m);
            Assert.DoesNotContain("SetPassword", m);
            Assert.DoesNotContain("token", m);
        });
    }

    [Fact]
    public async Task Every_change_to_an_account_is_in_the_audit_trail_with_who_made_it_and_which_fields()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var adminId = await Users.IdOfAsync(portal, Demo.Admin);
        var email = NewEmail();
        await Users.CreateAsync(portal, admin, email, fullName: "Arta Gashi");
        var id = await Users.IdOfAsync(portal, email);
        var form = await admin.GetPageAsync($"/Administration/Users/Edit/{id}");
        var zkka = (await Users.AgencyIdAsync(portal, "ZKKA")).ToString();

        var edited = await admin.SubmitAsync($"/Administration/Users/Edit/{id}",
        [
            new("FullName", "Arta Gashi"), new("Email", email), new("AgencyId", zkka), new("Role", "Coordinator"),
            new("ConcurrencyStamp", PortalClient.Field(form, "ConcurrencyStamp")),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        await admin.SubmitAsync("/Administration/Users", $"/Administration/Users/Disable/{id}", []);
        await admin.SubmitAsync("/Administration/Users", $"/Administration/Users/Enable/{id}", []);
        await admin.SubmitAsync($"/Administration/Users/Edit/{id}", $"/Administration/Users/NewLink/{id}", []);

        var entries = await portal.WithDbAsync(db => db.AuditTrail.Where(a => a.EntityType == "User" && a.EntityId == id)
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.Fields, a.UserId }).ToListAsync());
        Assert.Equal(
        [
            (AuditAction.Create, "full name, e-mail, institution, role"),
            (AuditAction.Update, "institution, role"),
            (AuditAction.StatusChange, "disabled"),
            (AuditAction.StatusChange, "enabled"),
            (AuditAction.Update, "password link"),
        ], entries.Select(e => (e.Action, e.Fields)));
        Assert.All(entries, e => Assert.Equal(adminId, e.UserId));
        // Who may see the trail reads it there too, in words: whose account, never its internal id.
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var trail = await coordinator.GetPageAsync("/Audit?Kind=StatusChange");
        Assert.Contains("çaktivizoi llogarinë e Arta Gashi.", trail);
        Assert.Contains("aktivizoi llogarinë e Arta Gashi.", trail);
        Assert.DoesNotContain(id, trail);
    }

    private Task<System.Security.Claims.ClaimsPrincipal> PrincipalOfAsync(string id) => portal.WithScopeAsync(async services =>
    {
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(id);
        return await services.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user!);
    });
}
