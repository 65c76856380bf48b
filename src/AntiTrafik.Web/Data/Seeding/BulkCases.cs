using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Features.Cases;
using AntiTrafik.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// Writes many invented cases and referrals at once, by the portal's own rules but without a request for each: a case
/// is numbered and made as registration makes it (<see cref="Register.NewCase"/>), a referral is sent under the
/// referral's rule (<see cref="Features.Referrals.Send.ContextOf"/>) and answered through its methods, each leaving
/// on the case's timeline what the use cases leave there. Changes are found once per save, so thousands of records
/// go in as one insert of each kind. The caller owns the transaction. Used by the bench's data generator
/// (<see cref="LargeDataGenerator"/>) and the demo history (<see cref="DemoHistory"/>); never by a request.
/// </summary>
public sealed class BulkCases(AppDbContext db, PersonalDataProtector protector)
{
    private Dictionary<int, CaseNumberSequence> _sequences = [];

    /// <summary>Reads the case-number counters and stops finding changes on every call (<see cref="SaveAsync"/> does it once).</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        _sequences = await db.CaseNumberSequences.ToDictionaryAsync(s => s.Year, ct);
    }

    /// <summary>A case registered by <paramref name="userId"/> of <paramref name="agencyId"/> at <paramref name="registeredAt"/>, numbered in that year.</summary>
    public Case Register(CaseForm form, int agencyId, string userId, DateTime registeredAt)
    {
        if (!_sequences.TryGetValue(registeredAt.Year, out var sequence))
        {
            sequence = new CaseNumberSequence { Year = registeredAt.Year };
            _sequences[registeredAt.Year] = sequence;
            db.CaseNumberSequences.Add(sequence);
        }

        var @case = Features.Cases.Register.NewCase(form, sequence.TakeNext(), agencyId, userId, registeredAt, protector);
        db.Cases.Add(@case);
        return @case;
    }

    /// <summary>
    /// A referral of a saved case (it needs the case's id), or null where the referral's rule refuses it (a closed case,
    /// the sender's own institution, no agreement to share).
    /// </summary>
    public Referral? Send(Case @case, int sendingAgencyId, AgencyKind senderKind, string userId, int receivingAgencyId,
        ReferralServices services, Urgency urgency, TimeSpan responseTime, SealedText note, DateTime sentAt)
    {
        if (!Referral.Send(Features.Referrals.Send.ContextOf(@case, sendingAgencyId, senderKind), receivingAgencyId, userId, services, urgency,
                responseTime, note, default, sentAt, out var referral).Succeeded)
        {
            return null;
        }

        db.Referrals.Add(referral!);
        @case.RecordOnTimeline(CaseEventKind.ReferralSent, userId, sendingAgencyId, sentAt);
        return referral;
    }

    public ReferralResult Accept(Referral referral, Case @case, string userId, DateTime at) =>
        Step(referral, @case, userId, referral.ReceivingAgencyId, at, r => r.Accept(r.ReceivingAgencyId, userId, at));

    public ReferralResult Decline(Referral referral, Case @case, string userId, SealedText reason, DateTime at) =>
        Step(referral, @case, userId, referral.ReceivingAgencyId, at, r => r.Decline(r.ReceivingAgencyId, userId, reason, at));

    public ReferralResult RecordService(Referral referral, Case @case, string userId, ReferralServices service, DateOnly deliveredOn, SealedText note, DateTime at) =>
        Step(referral, @case, userId, referral.ReceivingAgencyId, at, r => r.RecordService(r.ReceivingAgencyId, userId, service, deliveredOn, note, at));

    public ReferralResult Complete(Referral referral, Case @case, string userId, SealedText outcome, DateTime at) =>
        Step(referral, @case, userId, referral.ReceivingAgencyId, at, r => r.Complete(r.ReceivingAgencyId, userId, outcome, at));

    public ReferralResult Withdraw(Referral referral, Case @case, string userId, SealedText reason, DateTime at) =>
        Step(referral, @case, userId, referral.SendingAgencyId, at, r => r.Withdraw(r.SendingAgencyId, userId, reason, at));

    /// <summary>Finds what changed since the last save and saves it.</summary>
    public async Task SaveAsync(CancellationToken ct = default)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Forgets the saved records (a long run keeps its memory flat), keeping the counters it still numbers with.</summary>
    public void Forget()
    {
        db.ChangeTracker.Clear();
        foreach (var sequence in _sequences.Values)
        {
            db.Attach(sequence);
        }
    }

    /// <summary>One step of a referral, with the timeline entries the answering use case leaves.</summary>
    private static ReferralResult Step(Referral referral, Case @case, string userId, int agencyId, DateTime at, Func<Referral, ReferralResult> step)
    {
        var (before, deliveries) = (referral.State, referral.Deliveries.Count);
        var result = step(referral);
        if (result.Succeeded)
        {
            Features.Referrals.Answer.RecordOnTimeline(referral, @case, before, deliveries, userId, agencyId, at);
        }

        return result;
    }
}
