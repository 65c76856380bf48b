using System.Net;
using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;

namespace AntiTrafik.Tests.Security;

/// <summary>
/// Guessing is slowed per account and address, in the database: an unknown e-mail and a known one are told the same
/// words at every step, also after a restart; the real person, from their own address, is never kept out.
/// </summary>
public sealed class SignInThrottlingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string StrongPassword = "Kthjellët-Lumë-93";
    private const string Wrong = "Gabim-Fjalëkalim-1";
    private const string WrongWords = "Email ose fjalëkalim i gabuar.";

    private static string Wait(string words) => $"Shumë përpjekje të dështuara nga kjo pajisje. Prisni {words} dhe provoni përsëri.";

    private static string Normalised(string html, string email) =>
        Regex.Replace(html, "value=\"CfDJ8[^\"]*\"", "value=\"token\"").Replace(email, "EMAIL", StringComparison.Ordinal);

    private async Task<string> NewAccountAsync(string password = StrongPassword)
    {
        var email = $"throttle.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test";
        using var admin = await portal.SignedInClientAsync(Demo.Admin);
        await Users.CreateWithPasswordAsync(portal, admin, email, password);
        return email;
    }

    private static async Task<(HttpStatusCode Status, string Html)> TryAsync(PortalFactory instance, string address, string email, string password)
    {
        using var client = instance.CreatePortalClient(address);
        var response = await client.SignInAsync(email, password);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_email_and_a_known_one_get_the_same_answers_before_and_after_repeated_failures()
    {
        var known = await NewAccountAsync();
        var unknown = $"nobody.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test";
        const string guesser = "198.51.100.10";
        string[] expected = [WrongWords, WrongWords, WrongWords, Wait("5 sekonda")];

        foreach (var words in expected)
        {
            var toKnown = await TryAsync(portal, guesser, known, Wrong);
            var toUnknown = await TryAsync(portal, guesser, unknown, Wrong);
            Assert.Equal(HttpStatusCode.OK, toKnown.Status);
            Assert.Equal(toKnown.Status, toUnknown.Status);
            Assert.Equal(Normalised(toKnown.Html, known), Normalised(toUnknown.Html, unknown));
            Assert.Contains(words, toKnown.Html);
        }

        // After the wait one more try is heard, and the next wait is twice as long: for both alike.
        portal.Clock.Advance(TimeSpan.FromSeconds(5));
        foreach (var words in new[] { WrongWords, Wait("10 sekonda") })
        {
            var toKnown = await TryAsync(portal, guesser, known, Wrong);
            var toUnknown = await TryAsync(portal, guesser, unknown, Wrong);
            Assert.Equal(Normalised(toKnown.Html, known), Normalised(toUnknown.Html, unknown));
            Assert.Contains(words, toKnown.Html);
        }
    }

    [Fact]
    public async Task The_right_password_from_the_guessing_address_waits_too_and_the_wait_grows_but_ends()
    {
        var email = await NewAccountAsync();
        const string guesser = "198.51.100.11";
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains(WrongWords, (await TryAsync(portal, guesser, email, Wrong)).Html);
        }

        // The right password does not help the one who guessed: it is not even checked while the wait lasts.
        var during = await TryAsync(portal, guesser, email, StrongPassword);
        Assert.Equal(HttpStatusCode.OK, during.Status);
        Assert.Contains(Wait("5 sekonda"), during.Html);

        portal.Clock.Advance(TimeSpan.FromSeconds(6));
        using var client = portal.CreatePortalClient(guesser);
        await client.SignInAsExpectedAsync(email, StrongPassword);
        // A success forgives that address: the next mistake is heard at once.
        Assert.Contains(WrongWords, (await TryAsync(portal, guesser, email, Wrong)).Html);
    }

    [Fact]
    public async Task Nobody_can_lock_the_real_user_out_from_another_address()
    {
        var email = await NewAccountAsync();
        for (var i = 0; i < 12; i++)
        {
            await TryAsync(portal, "203.0.113.66", email, Wrong);
            portal.Clock.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.Contains("Prisni", (await TryAsync(portal, "203.0.113.66", email, StrongPassword)).Html);
        using var owner = portal.CreatePortalClient("192.0.2.10");
        await owner.SignInAsExpectedAsync(email, StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/Cases")).StatusCode);
    }

    [Fact]
    public async Task Wrong_second_step_codes_slow_that_address_only_and_the_owner_still_gets_in()
    {
        var email = $"throttle2.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test";
        using (var admin = await portal.SignedInClientAsync(Demo.Admin))
        {
            await Users.CreateWithPasswordAsync(portal, admin, email, StrongPassword);
        }

        string key;
        using (var setup = portal.CreatePortalClient())
        {
            await setup.SignInAsExpectedAsync(email, StrongPassword);
            key = await Users.SetUpAppAsync(setup);
        }

        // Someone who has the password but not the phone.
        using var thief = portal.CreatePortalClient("203.0.113.67");
        Assert.Equal(HttpStatusCode.Redirect, (await thief.SignInAsync(email, StrongPassword)).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains("Kodi nuk është i saktë", await (await thief.SubmitAsync("/Account/TwoFactor", [new("Code", "000000")])).Content.ReadAsStringAsync());
        }

        var slowed = await thief.SubmitAsync("/Account/TwoFactor", [new("Code", Totp.Code(key))]);
        Assert.Contains(Wait("5 sekonda"), await slowed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await thief.GetAsync("/Cases")).StatusCode);

        using var owner = portal.CreatePortalClient("192.0.2.11");
        await owner.SignInAsExpectedAsync(email, StrongPassword, key);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/Cases")).StatusCode);
    }

    [Fact]
    public async Task The_owner_is_told_once_by_email_without_a_link_when_failures_pile_up()
    {
        var email = await NewAccountAsync();
        bool Told() => portal.Mails().Any(m => m.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Contains("dështuara", StringComparison.Ordinal));

        // From many addresses, so none of them is slowed: only the owner can notice.
        for (var i = 1; i < 10; i++)
        {
            await TryAsync(portal, $"198.51.100.{100 + i}", email, Wrong);
        }

        Assert.False(Told());
        await TryAsync(portal, "198.51.100.110", email, Wrong);
        var mail = Assert.Single(portal.Mails(), m => m.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Contains("dështuara", StringComparison.Ordinal));
        Assert.Contains("10", mail);
        Assert.DoesNotContain("http", mail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Wrong, mail);

        // More failures the same day: no second e-mail.
        await TryAsync(portal, "198.51.100.111", email, Wrong);
        Assert.Single(portal.Mails(), m => m.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Contains("dështuara", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_restart_or_on_another_instance_the_answers_stay_the_same()
    {
        var known = await NewAccountAsync();
        var unknown = $"nobody.{Guid.NewGuid().ToString("N")[..8]}@antitrafik.test";
        const string guesser = "198.51.100.12";
        for (var i = 0; i < 3; i++)
        {
            await TryAsync(portal, guesser, known, Wrong);
            await TryAsync(portal, guesser, unknown, Wrong);
        }

        await using var restarted = PortalFactory.AnotherInstanceOf(portal);
        restarted.Clock.Advance(portal.Clock.GetUtcNow() - restarted.Clock.GetUtcNow());
        var toKnown = await TryAsync(restarted, guesser, known, Wrong);
        var toUnknown = await TryAsync(restarted, guesser, unknown, Wrong);
        Assert.Contains(Wait("5 sekonda"), toKnown.Html);
        Assert.Equal(Normalised(toKnown.Html, known), Normalised(toUnknown.Html, unknown));
    }
}
