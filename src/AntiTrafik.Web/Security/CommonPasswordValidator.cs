using AntiTrafik.Domain;
using Microsoft.AspNetCore.Identity;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Refuses passwords built on words attackers try first (see common-passwords.txt) and passwords that
/// contain the account's own e-mail name. Identity's options already demand 12 characters of four kinds.
/// </summary>
public sealed class CommonPasswordValidator(LocalizedIdentityErrors errors) : IPasswordValidator<ApplicationUser>
{
    private static readonly HashSet<string> Words = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.ToLowerInvariant();
        var own = user.Email?.Split('@')[0].ToLowerInvariant();
        var common = Words.Contains(lower)
            || ReadingsOf(password).Any(letters => letters.Length == 0 || Words.Contains(letters))
            || (own is { Length: >= 3 } && lower.Contains(own, StringComparison.Ordinal));
        return Task.FromResult(common ? IdentityResult.Failed(errors.CommonPassword()) : IdentityResult.Success);
    }

    /// <summary>
    /// The password's letters three ways: as typed with digits and symbols dropped ("Tirana2024!" → "tirana"), with
    /// the usual stand-ins read as letters ("P4ssw0rd" → "password"), and the same after the digits and symbols
    /// at either end are cut off ("P@ssw0rd!2345" → "password"): any of them may be a common word.
    /// </summary>
    public static IEnumerable<string> ReadingsOf(string password)
    {
        var lower = password.ToLowerInvariant().Replace('ë', 'e').Replace('ç', 'c');
        yield return new string(lower.Where(char.IsLetter).ToArray());
        yield return StandIns(lower);
        var start = 0;
        var end = lower.Length;
        while (start < end && !char.IsLetter(lower[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(lower[end - 1]))
        {
            end--;
        }

        yield return StandIns(lower[start..end]);
    }

    private static string StandIns(string text) =>
        new(text.Select(c => c switch
        {
            '0' => 'o',
            '1' or '!' => 'i',
            '3' => 'e',
            '4' or '@' => 'a',
            '5' or '$' => 's',
            '7' => 't',
            _ => c,
        }).Where(char.IsLetter).ToArray());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("AntiTrafik.Web.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim());
            }
        }

        return words;
    }
}
