using System.Security.Cryptography;
using System.Text;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure;

namespace AntiTrafik.Web.Security;

/// <summary>
/// Search on encrypted identities: each name part (first name, last name, other names used), the personal number
/// and the phone number become keyed hashes (HMAC-SHA256 with a key of their own, cut to 16 bytes), stored beside the
/// case; a search hashes what was typed the same way. The database never holds a name, and a search never decrypts
/// one. Words are compared after <see cref="Word"/>: case, Albanian marks (ë → e, ç → c), doubled letters and the
/// common spelling variants of one name do not matter.
/// </summary>
/// <summary>One word of a search: the tokens it may match, and, for a word with digits, a piece of a case number.</summary>
public sealed record SearchWord(string? CaseNumber, string[] Tokens);

public sealed class BlindIndex(HashingKey hashingKey)
{
    /// <summary>A search may have this many words; all must match.</summary>
    public const int MaxWords = 6;

    /// <summary>Longer than this, a search is refused with a message (a name, a number, or a few words).</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// The version of the words and the key: a case indexed by an older one is indexed again in the background
    /// (<c>SearchIndexRebuild</c>), so changing <see cref="Word"/> or the key means raising this.
    /// </summary>
    public const int Version = 2;

    private readonly byte[] _key = hashingKey.For($"AntiTrafik.Search.v{Version}");

    /// <summary>
    /// Letters written differently for one sound, in order: how a name is spelled by someone without an Albanian
    /// keyboard, in a foreign document (Italian, Greek, English transliterations), or as it is said.
    /// </summary>
    private static readonly (string From, string To)[] Variants =
    [
        ("xh", "j"), // Xhulia, Julia
        ("zh", "j"), // Zhaneta, Janeta
        ("ch", "c"), // Chela, Çela
        ("q", "c"),  // Qela, Çela: q and ç are often mixed up
        ("ph", "f"), // Phatmir, Fatmir
        ("th", "t"), // Thanas, Tanas
        ("dh", "d"), // Dhimitri, Dimitri
        ("y", "i"),  // Myrvete, Mirvete
        ("w", "v"),
        ("k", "c"),  // Kristina, Cristina
    ];

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

    /// <summary>
    /// A name part as compared: lower case, without marks or anything but letters, the spelling <see cref="Variants"/>
    /// made one, doubled letters single, and the closing ë/e or a of a longer name dropped (Dedë, Dede, Ded; Drita,
    /// Dritë: the same name in its two forms).
    /// </summary>
    public static string Word(string text)
    {
        var letters = new StringBuilder(new string(PlainText.WithoutMarks(text, ' ').ToLowerInvariant().Where(char.IsLetter).ToArray()));
        foreach (var (from, to) in Variants)
        {
            letters.Replace(from, to);
        }

        var word = new StringBuilder(letters.Length);
        foreach (var c in letters.ToString())
        {
            if (word.Length == 0 || word[^1] != c)
            {
                word.Append(c);
            }
        }

        if (word.Length > 3 && word[^1] is 'e' or 'a')
        {
            word.Length--;
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
