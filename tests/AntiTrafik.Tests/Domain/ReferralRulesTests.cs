using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Features.Referrals;

namespace AntiTrafik.Tests.Domain;

public sealed class ReferralRulesTests
{
    private const int Sender = 10, Receiver = 20, Other = 30;
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly SealedText Text = new("sealed");
    private static readonly SealedText Empty = new(null);

    private static ReferralContext Adult(bool? consent = true, AgencyKind kind = AgencyKind.Police) =>
        new(1, Now, CaseIsClosed: false, IsMinor: false, consent, Sender, kind);

    private static Referral NewReferral(Urgency urgency = Urgency.Routine)
    {
        var result = Referral.Send(Adult(), Receiver, "u-s", ReferralServices.ShelterAccommodation, urgency,
            new ReferralDeadlines().For(urgency), Text, Empty, Now, out var referral);
        Assert.True(result.Succeeded);
        return referral!;
    }

    private static Referral InState(ReferralState state)
    {
        var r = NewReferral();
        switch (state)
        {
            case ReferralState.Accepted: r.Accept(Receiver, "u-r", Now); break;
            case ReferralState.Declined: r.Decline(Receiver, "u-r", Text, Now); break;
            case ReferralState.InProgress: r.Accept(Receiver, "u-r", Now); r.Start(Receiver, "u-r", Now); break;
            case ReferralState.Completed: r.Accept(Receiver, "u-r", Now); r.Complete(Receiver, "u-r", Text, Now); break;
            case ReferralState.Withdrawn: r.Withdraw(Sender, "u-s", Text, Now); break;
        }

        Assert.Equal(state, r.State);
        return r;
    }

    public static TheoryData<ReferralState, string, bool> Transitions()
    {
        var data = new TheoryData<ReferralState, string, bool>();
        var allowed = new Dictionary<ReferralState, string[]>
        {
            [ReferralState.Sent] = ["accept", "decline", "withdraw"],
            [ReferralState.Accepted] = ["start", "complete", "withdraw"],
            [ReferralState.InProgress] = ["complete", "withdraw"],
            [ReferralState.Declined] = [],
            [ReferralState.Completed] = [],
            [ReferralState.Withdrawn] = [],
        };
        foreach (var (state, steps) in allowed)
        {
            foreach (var step in new[] { "accept", "decline", "start", "complete", "withdraw" })
            {
                data.Add(state, step, steps.Contains(step));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Every_transition_is_allowed_or_refused_by_the_referral(ReferralState from, string step, bool allowed)
    {
        var referral = InState(from);
        var transitionsBefore = referral.Transitions.Count;

        var result = step switch
        {
            "accept" => referral.Accept(Receiver, "u-r", Now),
            "decline" => referral.Decline(Receiver, "u-r", Text, Now),
            "start" => referral.Start(Receiver, "u-r", Now),
            "complete" => referral.Complete(Receiver, "u-r", Text, Now),
            _ => referral.Withdraw(Sender, "u-s", Text, Now),
        };

        Assert.Equal(allowed, result.Succeeded);
        Assert.Equal(allowed ? transitionsBefore + 1 : transitionsBefore, referral.Transitions.Count);
        if (!allowed)
        {
            Assert.Equal(ReferralRule.TransitionNotAllowed, result.Broken);
            Assert.Equal(from, referral.State);
        }
    }

    [Fact]
    public void Only_the_receiver_answers_and_only_the_sender_withdraws()
    {
        var referral = NewReferral();

        Assert.Equal(ReferralRule.OnlyTheReceiverMayAnswer, referral.Accept(Sender, "u-s", Now).Broken);
        Assert.Equal(ReferralRule.OnlyTheReceiverMayAnswer, referral.Accept(Other, "u-o", Now).Broken);
        Assert.Equal(ReferralRule.OnlyTheSenderMayWithdraw, referral.Withdraw(Receiver, "u-r", Text, Now).Broken);
        Assert.Equal(ReferralState.Sent, referral.State);
    }

    [Fact]
    public void Declining_and_withdrawing_need_a_reason_and_completing_an_outcome()
    {
        var referral = NewReferral();
        Assert.Equal(ReferralRule.ReasonRequired, referral.Decline(Receiver, "u-r", Empty, Now).Broken);
        Assert.Equal(ReferralRule.ReasonRequired, referral.Withdraw(Sender, "u-s", Empty, Now).Broken);
        referral.Accept(Receiver, "u-r", Now);
        Assert.Equal(ReferralRule.OutcomeRequired, referral.Complete(Receiver, "u-r", Empty, Now).Broken);
    }

    [Fact]
    public void Each_change_keeps_who_when_and_why()
    {
        var referral = NewReferral();
        referral.Decline(Receiver, "u-r", Text, Now.AddHours(2));

        var last = referral.Transitions[^1];
        Assert.Equal((ReferralState.Sent, ReferralState.Declined, "u-r", Receiver, Now.AddHours(2), "sealed"),
            (last.From!.Value, last.To, last.UserId, last.AgencyId, last.At, last.ProtectedReason));
        Assert.Equal(Now.AddHours(2), referral.AnsweredAt);
    }

    [Fact]
    public void The_first_service_recorded_starts_the_work()
    {
        var referral = InState(ReferralState.Accepted);

        Assert.True(referral.RecordService(Receiver, "u-r", ReferralServices.ShelterAccommodation, new DateOnly(2026, 11, 2), Empty, Now).Succeeded);

        Assert.Equal(ReferralState.InProgress, referral.State);
        Assert.Single(referral.Deliveries);
        Assert.Equal(ReferralRule.OnlyTheReceiverMayAnswer, referral.RecordService(Sender, "u-s", ReferralServices.MedicalCare, new DateOnly(2026, 11, 2), Empty, Now).Broken);
        Assert.Equal(ReferralRule.TransitionNotAllowed, NewReferral().RecordService(Receiver, "u-r", ReferralServices.MedicalCare, new DateOnly(2026, 11, 2), Empty, Now).Broken);
    }

    [Theory]
    [InlineData(Urgency.Emergency, 24)]
    [InlineData(Urgency.Urgent, 72)]
    [InlineData(Urgency.Routine, 168)]
    public void The_deadline_follows_the_urgency_and_passing_it_unanswered_is_overdue(Urgency urgency, int hours)
    {
        var referral = NewReferral(urgency);

        Assert.Equal(Now.AddHours(hours), referral.DueAt);
        Assert.False(referral.IsOverdue(Now.AddHours(hours)));
        Assert.True(referral.IsOverdue(Now.AddHours(hours).AddTicks(1)));
        referral.Accept(Receiver, "u-r", Now.AddHours(hours + 1));
        Assert.False(referral.IsOverdue(Now.AddHours(hours + 2)));
    }

    [Fact]
    public void An_adults_case_is_referred_only_with_consent_to_share()
    {
        Assert.Equal(ReferralRule.NoConsentToShare, Send(Adult(consent: null)).Broken);
        Assert.Equal(ReferralRule.NoConsentToShare, Send(Adult(consent: false)).Broken);
        Assert.True(Send(Adult(consent: true)).Succeeded);
    }

    [Theory]
    [InlineData(AgencyKind.Shelter, true, ReferralRule.ChildReferralNeedsChildProtectionOrPolice)]
    [InlineData(AgencyKind.ChildProtection, false, ReferralRule.ChildReferralNeedsGround)]
    [InlineData(AgencyKind.ChildProtection, true, null)]
    [InlineData(AgencyKind.Police, true, null)]
    public void A_childs_case_without_consent_is_referred_by_child_protection_or_police_with_a_ground(AgencyKind sender, bool ground, ReferralRule? broken)
    {
        var child = new ReferralContext(1, Now, false, IsMinor: true, ConsentToShare: null, Sender, sender);

        Assert.Equal(broken, Send(child, ground ? Text : Empty).Broken);
    }

    [Fact]
    public void A_childs_case_with_the_guardians_consent_is_referred_like_any_other()
    {
        var child = new ReferralContext(1, Now, false, IsMinor: true, ConsentToShare: true, Sender, AgencyKind.Shelter);

        Assert.True(Send(child).Succeeded);
    }

    [Fact]
    public void A_referral_goes_to_another_agency_with_a_service_and_never_from_a_closed_case()
    {
        Assert.Equal(ReferralRule.CannotReferToOwnAgency, Referral.Send(Adult(), Sender, "u", ReferralServices.LegalAid, Urgency.Routine, TimeSpan.FromDays(7), Empty, Empty, Now, out _).Broken);
        Assert.Equal(ReferralRule.NoServiceChosen, Referral.Send(Adult(), Receiver, "u", ReferralServices.None, Urgency.Routine, TimeSpan.FromDays(7), Empty, Empty, Now, out _).Broken);
        Assert.Equal(ReferralRule.CaseIsClosed, Send(Adult() with { CaseIsClosed = true }).Broken);
    }

    private static ReferralResult Send(ReferralContext context, SealedText ground = default) =>
        Referral.Send(context, Receiver, "u", ReferralServices.LegalAid, Urgency.Routine, TimeSpan.FromDays(7), Empty, ground, Now, out _);
}
