using System.Security.Cryptography;
using System.Text;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Search on encrypted identities: each name part (first name, last name, other names used), the personal number
/// and the phone number become keyed hashes (HMAC-SHA256 with a key of their own, cut to 16 bytes), stored beside the
/// case; a search hashes what was typed the same way. The database never holds a name, and a search never decrypts
/// one. Words are compared after <see cref="Word"/>: case, Albanian marks (ë → e, ç → c) and doubled letters
/// (ll, rr, nn…, a frequent spelling variant) do not matter.
/// </summary>
/// <summary>One word of a search: the tokens it may match, and, for a word with digits, a piece of a case number.</summary>
public sealed record SearchWord(string? CaseNumber, string[] Tokens);

public sealed class BlindIndex(HashingKey hashingKey)
{
    /// <summary>A search may have this many words; all must match.</summary>
    public const int MaxWords = 6;

    /// <summary>Longer than this, a search is refused with a message (a name, a number, or a few words).</summary>
    public const int MaxLength = 200;

    private readonly byte[] _key = hashingKey.For("AntiTrafik.Search.v1");

    /// <summary>Every token of one identity.</summary>
    public IReadOnlyCollection<string> TokensOf(PersonIdentity person)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words($"{person.FirstName} {person.LastName} {person.Aliases}"))
        {
            tokens.Add(Hash("w:" + word));
        }

        if (PersonalNumber(person.PersonalNumber) is { } number)
        {
            tokens.Add(Hash("p:" + number));
        }

        if (Phone(person.Phone) is { } phone)
        {
            tokens.Add(Hash("t:" + phone));
        }

        return tokens;
    }

    /// <summary>
    /// For each word typed (at most <see cref="MaxWords"/>), the tokens any of which it may match: a name part, or
    /// for a word with digits also a personal number or a phone number. Empty when nothing searchable was typed.
    /// </summary>
    public IReadOnlyList<SearchWord> QueryOf(string typed)
    {
        var query = new List<SearchWord>();
        foreach (var raw in typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(MaxWords))
        {
            var candidates = new List<string>();
            if (Word(raw) is { Length: > 0 } word)
            {
                candidates.Add(Hash("w:" + word));
            }

            if (raw.Any(char.IsDigit))
            {
                if (PersonalNumber(raw) is { } number)
                {
                    candidates.Add(Hash("p:" + number));
                }

                if (Phone(raw) is { } phone)
                {
                    candidates.Add(Hash("t:" + phone));
                }
            }

            var caseNumber = raw.Any(char.IsDigit) ? raw.ToUpperInvariant() : null;
            if (candidates.Count > 0 || caseNumber is not null)
            {
                query.Add(new SearchWord(caseNumber, [.. candidates]));
            }
        }

        return query;
    }

    /// <summary>A name part as compared: lower case, without marks or anything but letters, doubled letters single.</summary>
    public static string Word(string text)
    {
        var plain = PlainText.WithoutMarks(text, ' ').ToLowerInvariant();
        var word = new StringBuilder(plain.Length);
        foreach (var c in plain.Where(char.IsLetter))
        {
            if (word.Length == 0 || word[^1] != c)
            {
                word.Append(c);
            }
        }

        return word.ToString();
    }

    private static IEnumerable<string> Words(string text) =>
        PlainText.WithoutMarks(text, ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word).Where(w => w.Length > 0);

    private static string? PersonalNumber(string? text)
    {
        var normalized = PersonalDataProtector.NormalizePersonalNumber(text);
        return normalized.Length >= 5 ? normalized : null;
    }

    /// <summary>The last nine digits, so "+355 69 123 4567", "0691234567" and "69 123 4567" meet.</summary>
    private static string? Phone(string? text)
    {
        var digits = new string((text ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 6 ? digits[Math.Max(0, digits.Length - 9)..] : null;
    }

    private string Hash(string value) =>
        Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(value)), 0, CaseSearchToken.TokenLength / 2);
}
