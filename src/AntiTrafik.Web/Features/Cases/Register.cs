using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Infrastructure.Notifications;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Features.Cases;

/// <summary>A caseworker registers a potential victim (VMT) for their agency.</summary>
public static class Register
{
    public sealed class Handler(AppDbContext db, PersonalDataProtector protector, AuditTrail audit, Notifier notifier, TimeProvider clock)
    {
        private const int Attempts = 5;

        /// <returns>Done with the new case's id.</returns>
        public async Task<CommandResult<int>> RegisterAsync(CaseForm form, ClaimsPrincipal user)
        {
            var userId = user.FindFirstValue(PortalClaims.UserId)!;
            var agencyId = user.GetAgencyId()!.Value;
            for (var attempt = 1; ; attempt++)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var number = await NextNumberAsync(now.Year);
                var @case = NewCase(form, number, agencyId, userId, now, protector);
                db.Cases.Add(@case);
                try
                {
                    await db.SaveChangesAsync();
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Someone took the same number at the same moment: take the next one.
                    db.ChangeTracker.Clear();
                    continue;
                }

                await audit.RecordAsync(AuditAction.Create, nameof(Case), @case.Id, null, user);
                await AskForTheJointInterviewAsync(@case, agencyId);
                return CommandResult.Done(@case.Id);
            }
        }

        /// <summary>
        /// The hand-off of registration: each institution named for a side of the joint interview, other than the one
        /// registering, is told (in the portal, and by e-mail without a name) that its side is asked for.
        /// </summary>
        private async Task AskForTheJointInterviewAsync(Case @case, int registeringAgencyId)
        {
            var notifications = new[] { @case.PoliceAgencyId, @case.SocialServiceAgencyId }
                .Where(agency => agency != registeringAgencyId)
                .Distinct()
                .Select(agency => notifier.Add(agency, NotificationKind.JointInterviewRequested, @case.Id, @case.Number, referralId: null))
                .ToList();
            if (notifications.Count > 0)
            {
                await db.SaveChangesAsync();
                await notifier.SendEmailsAsync(notifications);
            }
        }

        /// <summary>
        /// The year's next number. The counter row carries a concurrency token, so two registrations
        /// cannot both take the same number; numbers are never reused because cases are never deleted.
        /// </summary>
        private async Task<string> NextNumberAsync(int year)
        {
            var sequence = await db.CaseNumberSequences.SingleOrDefaultAsync(s => s.Year == year);
            if (sequence is null)
            {
                sequence = new CaseNumberSequence { Year = year };
                db.CaseNumberSequences.Add(sequence);
            }

            return sequence.TakeNext();
        }
    }

    /// <summary>
    /// The case as registration makes it from the form: numbered, the facts copied, the identity encrypted, and the
    /// consent to assistance and to sharing recorded as given. Also used to write invented cases in bulk (<c>BulkCases</c>).
    /// </summary>
    public static Case NewCase(CaseForm form, string number, int agencyId, string userId, DateTime now, PersonalDataProtector protector)
    {
        var @case = Case.Register(number, agencyId, userId, now, form.PoliceAgencyId!.Value, form.SocialServiceAgencyId!.Value);
        form.ApplyTo(@case, protector);
        _ = @case.RecordConsent(ConsentSubject.Assistance, form.ConsentToAssistance!.Value, form.ConsentGivenBy!.Value, userId, agencyId, now);
        _ = @case.RecordConsent(ConsentSubject.DataSharing, form.ConsentToShare!.Value, form.ConsentGivenBy!.Value, userId, agencyId, now);
        return @case;
    }
}
