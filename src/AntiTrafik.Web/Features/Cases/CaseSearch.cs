using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>
/// A search of the case list through the blind index (<see cref="BlindIndex"/>): every word typed must match.
/// Before any case is read, each name word's tokens are counted in the index, up to <see cref="Cap"/> + 1 entries (an
/// index-only read). The rarest word held by at most <see cref="Cap"/> cases <em>leads</em>: the cases are found from its
/// few index entries and the other words are checked for each of them, so a rare surname beside a common first name
/// costs a few dozen lookups. When every word is common (a first name alone, the start of a case number), no word
/// leads: the list is read in its own order and each case is checked, which finds a page quickly because many match.
/// Either way a search counts its matches only up to <see cref="Cap"/>: "more than 1 000" asks for another word, and
/// an exact count of 200 000 namesakes would cost a read of each.
/// </summary>
/// <param name="Lead">The index in <see cref="Words"/> of the word that leads, or -1 when none does.</param>
public sealed record CaseSearch(IReadOnlyList<SearchWord> Words, int Lead)
{
    /// <summary>A search counts its matches up to this many; the list then offers the first <see cref="Cap"/> only.</summary>
    public const int Cap = 1000;

    /// <summary>A word leads the search: the matching cases are few and found from the index.</summary>
    public bool IsNarrow => Lead >= 0;

    /// <summary>Plans a search of the words typed (see the type's summary); nothing typed that can be searched plans a search that finds nothing.</summary>
    public static async Task<CaseSearch> PlanAsync(IReadOnlyList<SearchWord> words, IQueryable<CaseSearchToken> index, CancellationToken cancellationToken)
    {
        var lead = -1;
        var fewest = int.MaxValue;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].CaseNumber is not null)
            {
                // A word with digits may also be a piece of a case number, which the index does not hold: it cannot lead.
                continue;
            }

            var tokens = words[i].Tokens;
            var held = await index.Where(t => tokens.Contains(t.Token)).Take(Cap + 1).CountAsync(cancellationToken);
            if (held <= Cap && held < fewest)
            {
                (lead, fewest) = (i, held);
            }
        }

        return new CaseSearch(words, lead);
    }

    /// <summary>The cases among <paramref name="cases"/> that match every word.</summary>
    public IQueryable<Case> Apply(IQueryable<Case> cases, IQueryable<CaseSearchToken> index)
    {
        if (Words.Count == 0)
        {
            return cases.Where(c => false);
        }

        if (IsNarrow)
        {
            var leadTokens = Words[Lead].Tokens;
            var holding = index.Where(t => leadTokens.Contains(t.Token));
            for (var i = 0; i < Words.Count; i++)
            {
                if (i != Lead && Words[i].CaseNumber is null)
                {
                    var tokens = Words[i].Tokens;
                    holding = holding.Where(t => index.Any(o => o.CaseId == t.CaseId && tokens.Contains(o.Token)));
                }
            }

            var ids = holding.Select(t => t.CaseId);
            cases = cases.Where(c => ids.Contains(c.Id));
        }
        else
        {
            foreach (var word in Words.Where(w => w.CaseNumber is null))
            {
                var tokens = word.Tokens;
                cases = cases.Where(c => index.Any(t => t.CaseId == c.Id && tokens.Contains(t.Token)));
            }
        }

        foreach (var word in Words.Where(w => w.CaseNumber is not null))
        {
            var tokens = word.Tokens;
            var number = word.CaseNumber!;
            cases = cases.Where(c => c.Number.Contains(number) || index.Any(t => t.CaseId == c.Id && tokens.Contains(t.Token)));
        }

        return cases;
    }
}
