using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Cases;
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
        bool Reconsider, bool CloseOrReopen, bool Reveal);

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
        Permissions Can)
    {
        public ConsentView? Current(ConsentSubject subject) => Consents.FirstOrDefault(c => c.Subject == subject);
    }

    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, IAuthorizationService authorization, Duplicates.Handler duplicates)
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

            var facts = new CaseAccessFacts(@case.LeadAgencyId, @case.PoliceAgencyId, @case.SocialServiceAgencyId);
            var can = new Permissions(
                await Allowed(user, facts, CaseOperations.ReadIdentity),
                await Allowed(user, facts, CaseOperations.Edit),
                await Allowed(user, facts, CaseOperations.AddNote),
                await Allowed(user, facts, CaseOperations.AssessAsPolice),
                await Allowed(user, facts, CaseOperations.AssessAsSocialService),
                await Allowed(user, facts, CaseOperations.Reconsider),
                await Allowed(user, facts, CaseOperations.CloseOrReopen),
                await Allowed(user, facts, CaseOperations.Reveal));
            var open = can.ReadIdentity || (revealed && can.Reveal);

            var agencyIds = new[] { @case.LeadAgencyId, @case.RegisteringAgencyId, @case.PoliceAgencyId, @case.SocialServiceAgencyId }
                .Concat(@case.Events.Select(e => e.AgencyId)).Concat(@case.Assessments.Select(a => a.AgencyId)).Distinct().ToList();
            var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name);
            var userIds = @case.Events.Select(e => e.UserId).Concat(@case.Assessments.Select(a => a.UserId))
                .Concat(@case.Consents.Select(c => c.RecordedById)).Distinct().ToList();
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
                can);
        }

        private async Task<bool> Allowed(ClaimsPrincipal user, CaseAccessFacts facts, OperationAuthorizationRequirement operation) =>
            (await authorization.AuthorizeAsync(user, facts, operation)).Succeeded;
    }
}
