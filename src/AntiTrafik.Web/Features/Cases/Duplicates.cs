using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using Microsoft.Extensions.Localization;
using AntiTrafik.Web.Security;
using AntiTrafik.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>
/// The same person registered by several agencies. Matching uses keyed hashes only: the personal number,
/// or the normalised name with the birth year ±1. A match the reader may not see is never named: the page says only
/// that a possible match exists elsewhere and that the coordinator's office (whose work queue lists every new record
/// that looks like one already held) has been told. Such warnings are audited and limited per person and day, so the check cannot be used to
/// learn, name after name, who is known elsewhere.
/// </summary>
public static class Duplicates
{
    /// <summary>A record the reader may see that looks like the same person.</summary>
    public sealed record PossibleMatch(int CaseId, string Number, string HeldBy, bool SamePersonalNumber, bool Linked);

    /// <summary>What a case's page says about records that look like the same person.</summary>
    /// <param name="Elsewhere">Records the reader may not see exist: said without which, how many or where.</param>
    /// <param name="Paused">The reader reached today's number of such warnings: records elsewhere are not checked.</param>
    public sealed record Warning(IReadOnlyList<PossibleMatch> Visible, bool Elsewhere, bool Paused)
    {
        public static readonly Warning None = new([], false, false);

        public bool Any => Visible.Count > 0 || Elsewhere || Paused;
    }

    public sealed record Pair(int FirstId, string FirstNumber, string FirstInitials, string FirstAgency, int SecondId, string SecondNumber, string SecondInitials, string SecondAgency, bool SamePersonalNumber);

    private sealed record Candidate(int Id, string Number, string Initials, string? PersonalNumberHash, string NameHash, int? BirthYear, Guid PersonKey, string Agency);

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock, VersionedCache cache, IConfiguration configuration, IStringLocalizer<SharedResource> l)
    {
        /// <summary>
        /// The records that look like the same person are remembered per case and data version for a minute (every view
        /// of a case shows them; the minute bounds what another instance's new record can miss). Whether the reader may
        /// see each of them is asked of the database on every view, so a cached match never shows more than the scope.
        /// </summary>
        public async Task<Warning> PossibleMatchesAsync(Case @case, ClaimsPrincipal user)
        {
            var matches = await cache.GetAsync(new MatchesOf(@case.Id),
                () => Matching(@case.Id, @case.PersonalNumberHash, @case.NameHash, @case.BirthYear)
                    .Select(c => new Match(c.Id, c.Number, c.LeadAgency.Name, c.PersonalNumberHash, c.PersonKey))
                    .ToListAsync());
            if (matches.Count == 0)
            {
                return Warning.None;
            }

            var ids = matches.Select(m => m.Id).ToList();
            var visible = await db.Visible(user).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync();
            var shown = matches.Where(m => visible.Contains(m.Id))
                .Select(m => new PossibleMatch(m.Id, m.Number, m.Agency, m.PersonalNumberHash == @case.PersonalNumberHash && m.PersonalNumberHash != null, m.PersonKey == @case.PersonKey))
                .OrderBy(m => m.HeldBy, StringComparer.CurrentCulture)
                .ToList();
            if (shown.Count == matches.Count)
            {
                return new Warning(shown, Elsewhere: false, Paused: false);
            }

            var allowed = await MayWarnAsync(@case.Id, user);
            return new Warning(shown, Elsewhere: allowed, Paused: !allowed);
        }

        /// <summary>
        /// A warning about records elsewhere is recorded once per reader, case and day; a reader who has had
        /// <c>DuplicateWarnings:PerDay</c> of them (10 unless configured) on other cases in the last day gets no more.
        /// </summary>
        private async Task<bool> MayWarnAsync(int caseId, ClaimsPrincipal user)
        {
            var userId = user.FindFirstValue(PortalClaims.UserId);
            var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
            var warned = await db.AuditTrail.AsNoTracking()
                .Where(a => a.UserId == userId && a.Action == AuditAction.DuplicateWarning && a.At > since)
                .Select(a => a.EntityId)
                .Distinct()
                .ToListAsync();
            var caseKey = caseId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (warned.Contains(caseKey))
            {
                return true;
            }

            if (warned.Count >= configuration.GetValue("DuplicateWarnings:PerDay", 10))
            {
                return false;
            }

            await audit.RecordAsync(AuditAction.DuplicateWarning, nameof(Case), caseId, null, user);
            return true;
        }

        private sealed record Match(int Id, string Number, string Agency, string? PersonalNumberHash, Guid PersonKey);

        /// <summary>A case's possible matches; a minute at most, which bounds what another instance's new record can miss.</summary>
        private sealed record MatchesOf(int CaseId) : CachedRead<List<Match>>
        {
            internal override TimeSpan Lifetime => TimeSpan.FromMinutes(1);
        }

        /// <summary>Pairs of records that look like one person and are not yet linked, for the coordinator's office.</summary>
        public async Task<IReadOnlyList<Pair>> UnlinkedPairsAsync(CancellationToken cancellationToken)
        {
            var byNumber = db.Cases.GroupBy(c => c.PersonalNumberHash).Where(g => g.Key != null && g.Count() > 1).Select(g => g.Key);
            var byName = db.Cases.GroupBy(c => c.NameHash).Where(g => g.Count() > 1).Select(g => g.Key);
            var candidates = await db.Cases.AsNoTracking()
                .Where(c => byNumber.Contains(c.PersonalNumberHash) || byName.Contains(c.NameHash))
                .Select(c => new Candidate(c.Id, c.Number, c.Initials, c.PersonalNumberHash, c.NameHash, c.BirthYear, c.PersonKey, c.LeadAgency.Name))
                .ToListAsync(cancellationToken);

            var pairs = new List<Pair>();
            for (var i = 0; i < candidates.Count; i++)
            {
                for (var j = i + 1; j < candidates.Count; j++)
                {
                    var (a, b) = (candidates[i], candidates[j]);
                    var sameNumber = a.PersonalNumberHash is not null && a.PersonalNumberHash == b.PersonalNumberHash;
                    if (a.PersonKey != b.PersonKey && (sameNumber || SameNameAndYear(a, b)))
                    {
                        pairs.Add(new Pair(a.Id, a.Number, a.Initials, a.Agency, b.Id, b.Number, b.Initials, b.Agency, sameNumber));
                    }
                }
            }

            return pairs;
        }

        /// <summary>Makes <paramref name="otherId"/>'s person (and every record already linked to it) the same as <paramref name="caseId"/>'s.</summary>
        public async Task<CommandResult> LinkAsync(int caseId, int otherId, ClaimsPrincipal user)
        {
            var keys = await db.Cases.Where(c => c.Id == caseId || c.Id == otherId).Select(c => new { c.Id, c.PersonKey }).ToListAsync();
            if (keys.Count != 2 || caseId == otherId)
            {
                return CommandResult.NotFound();
            }

            var target = keys.Single(k => k.Id == caseId).PersonKey;
            var source = keys.Single(k => k.Id == otherId).PersonKey;
            var now = clock.GetUtcNow().UtcDateTime;
            var userId = user.FindFirstValue(PortalClaims.UserId)!;
            var agencyId = user.GetAgencyId()!.Value;
            foreach (var record in await db.Cases.Where(c => c.PersonKey == source).ToListAsync())
            {
                record.LinkAsSamePerson(target, userId, agencyId, now);
            }

            var saved = await db.SaveOrRefuseAsync(l);
            if (!saved.IsDone)
            {
                return saved;
            }

            await audit.RecordAsync(AuditAction.Link, nameof(Case), $"{caseId}+{otherId}", null, user);
            return CommandResult.Done();
        }

        private IQueryable<Case> Matching(int excludeId, string? personalNumberHash, string nameHash, int? birthYear)
        {
            var cases = db.Cases.AsNoTracking().Where(c => c.Id != excludeId);
            return birthYear is { } year
                ? cases.Where(c => (personalNumberHash != null && c.PersonalNumberHash == personalNumberHash)
                    || (c.NameHash == nameHash && c.BirthYear >= year - 1 && c.BirthYear <= year + 1))
                : cases.Where(c => (personalNumberHash != null && c.PersonalNumberHash == personalNumberHash) || c.NameHash == nameHash);
        }

        private static bool SameNameAndYear(Candidate a, Candidate b) =>
            a.NameHash == b.NameHash && (a.BirthYear is null || b.BirthYear is null || Math.Abs(a.BirthYear.Value - b.BirthYear.Value) <= 1);
    }
}
