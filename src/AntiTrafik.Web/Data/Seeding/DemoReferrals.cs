using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Features.Referrals;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>Demo referrals in every state, sent and answered through the real use cases. Demo mode only, once.</summary>
public sealed class DemoReferrals(AppDbContext db, Send.Handler send, Answer.Handler answer, TimeProvider clock)
{
    public async Task SeedAsync()
    {
        if (await db.Referrals.AnyAsync())
        {
            return;
        }

        var users = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@antitrafik.demo"))
            .ToDictionaryAsync(u => u.Email!, u => As(u.Id, u.AgencyId), StringComparer.Ordinal);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id, StringComparer.Ordinal);
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var police = users[DemoSeeder.PoliceTiranaEmail];
        var social = users[DemoSeeder.SocialServiceTiranaEmail];
        var shelter = users[DemoSeeder.ShelterEmail];

        async Task<int> Refer(ClaimsPrincipal from, int caseIndex, string to, ReferralServices services, Urgency urgency, string note)
        {
            await send.SendAsync(cases[caseIndex], new Send.Form
            {
                ReceivingAgencyId = agencies[to],
                Services = Enum.GetValues<ReferralServices>().Where(s => s != ReferralServices.None && services.HasFlag(s)).ToList(),
                Urgency = urgency,
                Note = note,
            }, from);
            return await db.Referrals.OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync();
        }

        async Task Step(ClaimsPrincipal who, int referral, Answer.Step step, string? text = null) =>
            await answer.StepAsync(referral, step, new Answer.StepForm { Text = text, Version = await VersionOf(referral) }, who);

        // Sent, waiting for the shelter.
        await Refer(police, 0, "TDB", ReferralServices.ShelterAccommodation | ReferralServices.PsychologicalSupport, Urgency.Urgent, "Needs a safe place tonight.");
        // Accepted and in progress, with a service delivered.
        var inProgress = await Refer(social, 2, "TDB", ReferralServices.ShelterAccommodation | ReferralServices.EmploymentSupport, Urgency.Routine, "Employment support after shelter.");
        await Step(shelter, inProgress, Answer.Step.Accept);
        await answer.RecordServiceAsync(inProgress, new Answer.ServiceForm
        {
            Service = ReferralServices.ShelterAccommodation, DeliveredOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(-3)), Note = "Room at the shelter.", Version = await VersionOf(inProgress),
        }, shelter);
        // Accepted only.
        var accepted = await Refer(police, 1, "SHSSH-TIRANE", ReferralServices.ChildProtectionAssessment, Urgency.Emergency, "Child begging at the market.");
        await Step(social, accepted, Answer.Step.Accept);
        // Declined, with a reason.
        var declined = await Refer(police, 0, "SHSSH-TIRANE", ReferralServices.LegalAid, Urgency.Routine, "Legal aid for the statement.");
        await Step(social, declined, Answer.Step.Decline, "Legal aid is given by the chamber of advocates; refer there.");
        // Completed, with an outcome.
        var completed = await Refer(social, 2, "DVP-TIRANE", ReferralServices.JointIdentificationInterview, Urgency.Urgent, "Joint interview.");
        await Step(police, completed, Answer.Step.Accept);
        await Step(police, completed, Answer.Step.Complete, "Joint interview held.");
        // Withdrawn by the sender.
        var withdrawn = await Refer(police, 1, "TDB", ReferralServices.ShelterAccommodation, Urgency.Routine, "Shelter.");
        await Step(police, withdrawn, Answer.Step.Withdraw, "The family took the child back under supervision.");
    }

    private Task<int> VersionOf(int referral) => db.Referrals.AsNoTracking().Where(r => r.Id == referral).Select(r => r.Version).SingleAsync();

    private static ClaimsPrincipal As(string userId, int agencyId) => SeedPrincipal.For(userId, agencyId, Roles.Caseworker);
}
