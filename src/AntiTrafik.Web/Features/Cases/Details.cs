using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using Microsoft.AspNetCore.Mvc.Rendering;
using AntiTrafik.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>
/// One case as its reader may see it. Identity, notes and reasons are decrypted only for agencies that
/// work on the case, or for the coordinator's office for the one page view after a reveal.
/// </summary>
public static class Details
{
    public sealed record Permissions(
        bool ReadIdentity, bool Edit, bool AddNote, bool AssessAsPolice, bool AssessAsSocialService,
        bool Reconsider, bool CloseOrReopen, bool Reveal, bool Refer, bool OfferLead, bool AnswerLeadOffer);

    public sealed record TransitionView(ReferralState To, DateTime At, string User, string Agency, string? Reason);

    public sealed record DeliveryView(ReferralServices Service, DateOnly DeliveredOn, string? Note, string User);

    public sealed record ReferralView(
        int Id, int Version, int SenderId, string Sender, int ReceiverId, string Receiver, ReferralServices Services, Urgency Urgency,
        ReferralState State, DateTime SentAt, DateTime DueAt, bool IsOverdue, string? Note, string? Ground,
        IReadOnlyList<TransitionView> Transitions, IReadOnlyList<DeliveryView> Deliveries);

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
        IReadOnlyList<Duplicates.PossibleMatch> PossibleMatches,
        IReadOnlyList<ReferralView> Referrals,
        string? ProposedLeadAgency,
        int? MyAgencyId,
        IReadOnlyList<SelectListItem> AgencyChoices,
        Permissions Can)
    {
        public ConsentView? Current(ConsentSubject subject) => Consents.FirstOrDefault(c => c.Subject == subject);
    }

    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, IAuthorizationService authorization, Duplicates.Handler duplicates, TimeProvider clock)
    {
        public async Task<Model?> LoadAsync(int id, ClaimsPrincipal user, bool revealed = false)
        {
            var @case = await db.Visible(user).AsNoTracking().AsSplitQuery()
                .Include(c => c.Assessments).Include(c => c.Consents).Include(c => c.Events)
                .SingleOrDefaultAsync(c => c.Id == id);
            if (@case is null)
            {
                return null;
            }

            var facts = await CaseAccessFacts.ForAsync(db, @case);
            var referrals = await db.Referrals.AsNoTracking().AsSplitQuery()
                .Include(r => r.Transitions).Include(r => r.Deliveries)
                .Where(r => r.CaseId == id).OrderByDescending(r => r.SentAt).ToListAsync();
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
                await Allowed(user, facts, CaseOperations.AnswerLeadOffer));
            var open = can.ReadIdentity || (revealed && can.Reveal);
            var now = clock.GetUtcNow().UtcDateTime;

            var agencyIds = new[] { @case.LeadAgencyId, @case.RegisteringAgencyId, @case.PoliceAgencyId, @case.SocialServiceAgencyId, @case.ProposedLeadAgencyId ?? 0 }
                .Concat(@case.Events.Select(e => e.AgencyId)).Concat(@case.Assessments.Select(a => a.AgencyId))
                .Concat(referrals.SelectMany(r => new[] { r.SendingAgencyId, r.ReceivingAgencyId })).Distinct().ToList();
            var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name);
            var userIds = @case.Events.Select(e => e.UserId).Concat(@case.Assessments.Select(a => a.UserId))
                .Concat(@case.Consents.Select(c => c.RecordedById))
                .Concat(referrals.SelectMany(r => r.Transitions.Select(t => t.UserId).Concat(r.Deliveries.Select(d => d.UserId))))
                .Distinct().ToList();
            var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName);
            var place = await db.Counties.AsNoTracking().Where(c => c.Id == @case.CountyId).Select(c => c.Name).SingleOrDefaultAsync();
            var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == @case.MunicipalityId).Select(m => m.Name).SingleOrDefaultAsync();

            string UserName(string id) => users.GetValueOrDefault(id, "—");
            string AgencyName(int id) => agencies.GetValueOrDefault(id, "—");

            return new Model(
                @case,
                open ? protector.Unprotect(@case.ProtectedIdentity) : null,
                revealed && can.Reveal,
                AgencyName(@case.LeadAgencyId),
                AgencyName(@case.RegisteringAgencyId),
                AgencyName(@case.PoliceAgencyId),
                AgencyName(@case.SocialServiceAgencyId),
                place,
                municipality,
                @case.Assessments.OrderByDescending(a => a.Round).ThenBy(a => a.Side)
                    .Select(a => new AssessmentView(a.Round, a.Side, AgencyName(a.AgencyId), UserName(a.UserId), a.Finding,
                        open ? protector.Unseal(a.ProtectedReasons) : null, a.RecordedAt))
                    .ToList(),
                @case.Consents.OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
                    .Select(c => new ConsentView(c.Subject, c.Given, c.GivenBy, UserName(c.RecordedById), c.RecordedAt))
                    .ToList(),
                @case.Events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
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
                            .Select(d => new DeliveryView(d.Service, d.DeliveredOn, open ? protector.Unseal(d.ProtectedNote) : null, UserName(d.UserId))).ToList()))
                    .ToList(),
                @case.ProposedLeadAgencyId is { } proposed ? AgencyName(proposed) : null,
                user.GetAgencyId(),
                can.Refer || can.OfferLead
                    ? await db.Agencies.AsNoTracking().Where(a => a.IsActive && a.Id != user.GetAgencyId()).OrderBy(a => a.Name)
                        .Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToListAsync()
                    : [],
                can);
        }

        private async Task<bool> Allowed(ClaimsPrincipal user, CaseAccessFacts facts, OperationAuthorizationRequirement operation) =>
            (await authorization.AuthorizeAsync(user, facts, operation)).Succeeded;
    }
}
