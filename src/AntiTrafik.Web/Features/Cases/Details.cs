using System.Globalization;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using Microsoft.AspNetCore.Mvc.Rendering;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>
/// One case as its reader may see it. Identity, notes and reasons are decrypted only for agencies that
/// work on the case, or for the coordinator's office for the one page view after a reveal.
/// </summary>
public static class Details
{
    public sealed record Permissions(
        bool ReadIdentity, bool Edit, bool AddNote, bool AssessAsPolice, bool AssessAsSocialService,
        bool Reconsider, bool CloseOrReopen, bool Reveal, bool Refer, bool OfferLead, bool AnswerLeadOffer,
        bool ApprovePlan, bool AssessRisk, bool ReadJustice, bool RecordJustice);

    /// <summary>The latest risk assessment's level and date (the header's), when there is one.</summary>
    public sealed record RiskSummary(RiskLevel Level, DateOnly AssessedOn, RiskOccasion Occasion);

    public sealed record TransitionView(ReferralState To, DateTime At, string User, string Agency, string? Reason);

    public sealed record DeliveryView(ReferralServices Service, DateOnly DeliveredOn, string? Note, string User);

    public sealed record ReferralView(
        int Id, int Version, int SenderId, string Sender, int ReceiverId, string Receiver, ReferralServices Services, Urgency Urgency,
        ReferralState State, DateTime SentAt, DateTime DueAt, bool IsOverdue, string? Note, string? Ground,
        IReadOnlyList<TransitionView> Transitions, IReadOnlyList<DeliveryView> Deliveries, ReferralMoves Moves);

    /// <param name="Answer">Accept, decline, record services and complete: the receiving side's steps.</param>
    /// <param name="Withdraw">Withdraw: the sending side's step.</param>
    public sealed record ReferralPermissions(bool Answer, bool Withdraw);

    public sealed record AssessmentView(int Round, AssessingSide Side, string Agency, string User, Finding Finding, string? Reasons, DateTime At);

    public sealed record ConsentView(ConsentSubject Subject, bool Given, ConsentGiver GivenBy, string User, DateTime At);

    public sealed record EventView(CaseEventKind Kind, string User, string Agency, DateTime At, bool HasText, string? Text);

    public sealed record Model(
        Case Case,
        PersonIdentity? Identity,
        bool Revealed,
        string LeadAgency,
        string RegisteringAgency,
        string PoliceAgency,
        string SocialServiceAgency,
        string? County,
        string? Municipality,
        IReadOnlyList<AssessmentView> Assessments,
        IReadOnlyList<ConsentView> Consents,
        IReadOnlyList<EventView> Timeline,
        Duplicates.Warning PossibleMatches,
        IReadOnlyList<ReferralView> Referrals,
        string? ProposedLeadAgency,
        IReadOnlyList<SelectListItem> AgencyChoices,
        Permissions Can,
        RiskSummary? Risk = null)
    {
        public ConsentView? Current(ConsentSubject subject) => Consents.FirstOrDefault(c => c.Subject == subject);

        /// <summary>The sides of the joint interview whose assessment the open round still waits for.</summary>
        public IReadOnlyList<AssessingSide> SidesToAssess =>
            Case.IsClosed || Case.Status != CaseStatus.PotentialVictim
                ? []
                : Enum.GetValues<AssessingSide>().Where(side => !Assessments.Any(a => a.Round == Case.IdentificationRound && a.Side == side)).ToList();

        /// <summary>Referrals sent and not answered yet, the one to be answered first first.</summary>
        public IReadOnlyList<ReferralView> Unanswered =>
            Referrals.Where(r => r.State == ReferralState.Sent).OrderBy(r => r.DueAt).ToList();

        /// <summary>The nearest deadline on the case: the answer to a referral.</summary>
        public ReferralView? NextDeadline => Referrals.Where(r => r.State == ReferralState.Sent).MinBy(r => r.DueAt);

        public bool NothingWaits => SidesToAssess.Count == 0 && Unanswered.Count == 0 && ProposedLeadAgency is null;
    }

    /// <summary>The sections of a case's workspace, each at its own address.</summary>
    public enum Section
    {
        Overview,
        Identification,
        Referrals,
        Plan,
        Risk,
        Justice,
        Child,
        Links,
        Timeline,
        Documents,
    }

    /// <summary>What the case header shows: the case, and the section the page belongs to (<paramref name="Action"/>: the page is a form within it).</summary>
    public sealed record Header(Model Case, Section Section, bool Action = false);

    /// <summary>A case's rows as read, never changed after (they are shared by the views of one data version).</summary>
    private sealed record Records(Case Case, List<IdentificationAssessment> Assessments, List<ConsentRecord> Consents,
        List<CaseEvent> Events, List<Referral> Referrals, RiskSummary? Risk);

    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, IAuthorizationService authorization, Duplicates.Handler duplicates,
        ReferenceNames names, VersionedCache cache, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        public async Task<Model?> LoadAsync(int id, ClaimsPrincipal user, bool revealed = false)
        {
            // Whether the reader sees the case is asked of the database on every view (the scope changes with
            // referrals, and with the reader); only then are its rows read, and they are the same for every reader
            // until the next save: cached per case until then (at most half a minute, for other instances' saves).
            if (!await db.Visible(user).AnyAsync(c => c.Id == id))
            {
                return null;
            }

            var (@case, assessments, consents, events, referrals, risk) = await cache.GetAsync(new RecordsOf(id), () => ReadAsync(id));
            var facts = CaseAccessFacts.From(@case, referrals.Select(r => (r.ReceivingAgencyId, r.State)));
            var can = new Permissions(
                await Allowed(user, facts, CaseOperations.ReadIdentity),
                await Allowed(user, facts, CaseOperations.Edit),
                await Allowed(user, facts, CaseOperations.AddNote),
                await Allowed(user, facts, CaseOperations.AssessAsPolice),
                await Allowed(user, facts, CaseOperations.AssessAsSocialService),
                await Allowed(user, facts, CaseOperations.Reconsider),
                await Allowed(user, facts, CaseOperations.CloseOrReopen),
                await Allowed(user, facts, CaseOperations.Reveal),
                await Allowed(user, facts, CaseOperations.Refer),
                await Allowed(user, facts, CaseOperations.OfferLead),
                await Allowed(user, facts, CaseOperations.AnswerLeadOffer),
                await Allowed(user, facts, CaseOperations.ApprovePlan),
                await Allowed(user, facts, CaseOperations.AssessRisk),
                await Allowed(user, facts, CaseOperations.ReadJustice),
                await Allowed(user, facts, CaseOperations.RecordJustice));
            var open = can.ReadIdentity || (revealed && can.Reveal);
            var referralCan = new Dictionary<int, ReferralPermissions>();
            foreach (var r in referrals)
            {
                var sides = new ReferralAccessFacts(r.SendingAgencyId, r.ReceivingAgencyId);
                referralCan[r.Id] = new ReferralPermissions(
                    (await authorization.AuthorizeAsync(user, sides, ReferralOperations.Answer)).Succeeded,
                    (await authorization.AuthorizeAsync(user, sides, ReferralOperations.Withdraw)).Succeeded);
            }

            var now = clock.GetUtcNow().UtcDateTime;

            var directory = await names.GetAsync();
            string UserName(string id) => directory.User(id);
            string AgencyName(int id) => directory.Agency(id);

            return new Model(
                @case,
                open ? protector.Unprotect(@case.ProtectedIdentity) : null,
                revealed && can.Reveal,
                AgencyName(@case.LeadAgencyId),
                AgencyName(@case.RegisteringAgencyId),
                AgencyName(@case.PoliceAgencyId),
                AgencyName(@case.SocialServiceAgencyId),
                directory.County(@case.CountyId),
                directory.Municipality(@case.MunicipalityId),
                assessments.OrderByDescending(a => a.Round).ThenBy(a => a.Side)
                    .Select(a => new AssessmentView(a.Round, a.Side, AgencyName(a.AgencyId), UserName(a.UserId), a.Finding,
                        open ? protector.Unseal(a.ProtectedReasons) : null, a.RecordedAt))
                    .ToList(),
                consents.OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
                    .Select(c => new ConsentView(c.Subject, c.Given, c.GivenBy, UserName(c.RecordedById), c.RecordedAt))
                    .ToList(),
                events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                    .Select(e => new EventView(e.Kind, UserName(e.UserId), AgencyName(e.AgencyId), e.At, e.ProtectedText is not null,
                        open ? protector.Unseal(e.ProtectedText) : null))
                    .ToList(),
                await duplicates.PossibleMatchesAsync(@case, user),
                referrals.Select(r => new ReferralView(r.Id, r.Version, r.SendingAgencyId, AgencyName(r.SendingAgencyId), r.ReceivingAgencyId, AgencyName(r.ReceivingAgencyId),
                        r.Services, r.Urgency, r.State, r.SentAt, r.DueAt, r.IsOverdue(now),
                        open ? protector.Unseal(r.ProtectedNote) : null, open ? protector.Unseal(r.ProtectedGround) : null,
                        r.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id)
                            .Select(t => new TransitionView(t.To, t.At, UserName(t.UserId), AgencyName(t.AgencyId), open ? protector.Unseal(t.ProtectedReason) : null)).ToList(),
                        r.Deliveries.OrderBy(d => d.DeliveredOn)
                            .Select(d => new DeliveryView(d.Service, d.DeliveredOn, open ? protector.Unseal(d.ProtectedNote) : null, UserName(d.UserId))).ToList(),
                        // Who may act is the referral handler's answer; which step comes next is the referral's own.
                        OfferedMoves(r, referralCan[r.Id], user.GetAgencyId())))
                    .ToList(),
                @case.ProposedLeadAgencyId is { } proposed ? AgencyName(proposed) : null,
                can.Refer || can.OfferLead
                    ? directory.Choices(l, a => a.Id != user.GetAgencyId())
                    : [],
                can,
                risk);
        }

        private static ReferralMoves OfferedMoves(Referral referral, ReferralPermissions can, int? agency) =>
            agency is { } mine && referral.MovesFor(mine) is var next
                ? new ReferralMoves(can.Answer && next.Answer, can.Answer && next.Work, can.Withdraw && next.Withdraw)
                : ReferralMoves.None;

        private sealed record RecordsOf(int CaseId) : CachedRows<Records>;

        private async Task<Records> ReadAsync(int id)
        {
            // One connection for the case's several queries (each open otherwise costs a pool round and a PRAGMA).
            await db.Database.OpenConnectionAsync();
            var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id);
            var assessments = await db.IdentificationAssessments.AsNoTracking().Where(a => a.CaseId == id).ToListAsync();
            var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.CaseId == id).ToListAsync();
            var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == id).ToListAsync();

            // One query, not three: a case has a handful of referrals with a few steps and services each, and every
            // extra statement costs SQLite more to prepare than these few joined rows cost to read.
            var referrals = await db.Referrals.AsNoTracking().AsSingleQuery()
                .Include(r => r.Transitions).Include(r => r.Deliveries)
                .Where(r => r.CaseId == id).OrderByDescending(r => r.SentAt).ToListAsync();
            var risk = await db.RiskAssessments.AsNoTracking().Where(r => r.CaseId == id)
                .OrderByDescending(r => r.AssessedOn).ThenByDescending(r => r.Id)
                .Select(r => new RiskSummary(r.Level, r.AssessedOn, r.Occasion)).FirstOrDefaultAsync();
            return new Records(@case, assessments, consents, events, referrals, risk);
        }

        private async Task<bool> Allowed(ClaimsPrincipal user, CaseAccessFacts facts, OperationAuthorizationRequirement operation) =>
            (await authorization.AuthorizeAsync(user, facts, operation)).Succeeded;
    }
}
