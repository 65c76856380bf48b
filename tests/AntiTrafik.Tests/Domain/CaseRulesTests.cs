using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Security;

namespace AntiTrafik.Tests.Domain;

public sealed class CaseRulesTests
{
    private const int Lead = 1, Police = 2, Social = 3;
    private static readonly DateTime Now = new(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly SealedText Reason = new("sealed-reason");

    private static Case NewCase(int? estimatedAge = 25, DateOnly? dob = null)
    {
        var @case = Case.Register("AT-2026-00001", Lead, "u-lead", Now, Police, Social);
        @case.SetAgeFacts(new DateOnly(2026, 10, 15), dob, estimatedAge);
        return @case;
    }

    [Fact]
    public void Both_sides_finding_a_victim_makes_an_official_victim()
    {
        var @case = NewCase();

        Assert.True(@case.RecordAssessment(AssessingSide.Police, Police, "u-p", Finding.Victim, Reason, Now).Succeeded);
        Assert.Equal(CaseStatus.PotentialVictim, @case.Status);
        Assert.True(@case.RecordAssessment(AssessingSide.SocialService, Social, "u-s", Finding.Victim, Reason, Now).Succeeded);

        Assert.Equal(CaseStatus.OfficialVictim, @case.Status);
        Assert.Equal(Now, @case.StatusDecidedAt);
    }

    [Fact]
    public void Either_side_finding_otherwise_makes_not_a_victim_once_both_have_recorded()
    {
        var @case = NewCase();

        @case.RecordAssessment(AssessingSide.Police, Police, "u-p", Finding.NotAVictim, Reason, Now);
        Assert.Equal(CaseStatus.PotentialVictim, @case.Status);
        @case.RecordAssessment(AssessingSide.SocialService, Social, "u-s", Finding.Victim, Reason, Now);

        Assert.Equal(CaseStatus.NotAVictim, @case.Status);
    }

    [Fact]
    public void Only_the_named_agency_records_its_sides_assessment_and_with_reasons()
    {
        var @case = NewCase();

        Assert.Equal(CaseRule.NotTheAssessingAgency, @case.RecordAssessment(AssessingSide.Police, Social, "u-s", Finding.Victim, Reason, Now).Broken);
        Assert.Equal(CaseRule.ReasonRequired, @case.RecordAssessment(AssessingSide.Police, Police, "u-p", Finding.Victim, new SealedText(null), Now).Broken);
        Assert.Empty(@case.Assessments);
    }

    [Fact]
    public void A_side_may_change_its_finding_until_both_have_recorded()
    {
        var @case = NewCase();

        @case.RecordAssessment(AssessingSide.Police, Police, "u-p", Finding.NotAVictim, Reason, Now);
        @case.RecordAssessment(AssessingSide.Police, Police, "u-p", Finding.Victim, Reason, Now);
        @case.RecordAssessment(AssessingSide.SocialService, Social, "u-s", Finding.Victim, Reason, Now);

        Assert.Equal(CaseStatus.OfficialVictim, @case.Status);
        Assert.Equal(2, @case.Assessments.Count);
    }

    [Fact]
    public void A_reconsideration_reopens_identification_in_a_new_round_and_keeps_the_history()
    {
        var @case = NewCase();
        Assert.Equal(CaseRule.IdentificationNotDecided, @case.OpenReconsideration("u", Lead, Reason, Now).Broken);
        @case.RecordAssessment(AssessingSide.Police, Police, "u-p", Finding.NotAVictim, Reason, Now);
        @case.RecordAssessment(AssessingSide.SocialService, Social, "u-s", Finding.NotAVictim, Reason, Now);
        Assert.Equal(CaseRule.IdentificationAlreadyDecided, @case.RecordAssessment(AssessingSide.Police, Police, "u-p", Finding.Victim, Reason, Now).Broken);

        Assert.Equal(CaseRule.ReasonRequired, @case.OpenReconsideration("u", Lead, new SealedText(""), Now).Broken);
        Assert.True(@case.OpenReconsideration("u", Lead, Reason, Now).Succeeded);
        Assert.Equal(CaseStatus.PotentialVictim, @case.Status);
        Assert.Equal(2, @case.IdentificationRound);

        @case.RecordAssessment(AssessingSide.Police, Police, "u-p", Finding.Victim, Reason, Now);
        @case.RecordAssessment(AssessingSide.SocialService, Social, "u-s", Finding.Victim, Reason, Now);
        Assert.Equal(CaseStatus.OfficialVictim, @case.Status);
        Assert.Equal(4, @case.Assessments.Count);
        Assert.Equal(2, @case.Assessments.Count(a => a.Round == 1 && a.Finding == Finding.NotAVictim));
    }

    [Fact]
    public void A_closed_case_refuses_changes_until_it_is_reopened_with_a_reason()
    {
        var @case = NewCase();
        Assert.Equal(CaseRule.ReasonRequired, @case.Close(ClosureReason.Other, "u", Lead, new SealedText(null), Now).Broken);
        Assert.True(@case.Close(ClosureReason.LostContact, "u", Lead, new SealedText(null), Now).Succeeded);

        Assert.Equal(CaseRule.CaseIsClosed, @case.RecordAssessment(AssessingSide.Police, Police, "u-p", Finding.Victim, Reason, Now).Broken);
        Assert.Equal(CaseRule.CaseIsClosed, @case.Close(ClosureReason.Deceased, "u", Lead, Reason, Now).Broken);
        Assert.Equal(CaseRule.ReasonRequired, @case.Reopen("u", Lead, new SealedText(null), Now).Broken);
        Assert.True(@case.Reopen("u", Lead, Reason, Now).Succeeded);
        Assert.False(@case.IsClosed);
        Assert.Null(@case.ClosureReason);
    }

    [Theory]
    [InlineData("2008-10-16", true)]
    [InlineData("2008-10-15", false)]
    [InlineData("2008-10-14", false)]
    [InlineData("2015-01-01", true)]
    public void A_child_is_under_18_on_the_day_of_identification(string birth, bool minor)
    {
        var @case = NewCase(estimatedAge: null, dob: DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(minor, @case.IsMinor);
        Assert.Equal(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture).Year, @case.BirthYear);
    }

    [Theory]
    [InlineData(17, true, AgeGroup.From12To17)]
    [InlineData(18, false, AgeGroup.From18To24)]
    [InlineData(9, true, AgeGroup.Under12)]
    public void An_estimated_age_decides_minority_when_the_birth_date_is_unknown(int age, bool minor, AgeGroup group)
    {
        var @case = NewCase(estimatedAge: age);

        Assert.Equal(minor, @case.IsMinor);
        Assert.Equal(group, @case.AgeGroup);
        Assert.Equal(2026 - age, @case.BirthYear);
    }

    [Fact]
    public void A_child_cannot_give_consent_alone()
    {
        var child = NewCase(estimatedAge: 15);

        Assert.Equal(CaseRule.ChildConsentNeedsGuardian, child.RecordConsent(ConsentSubject.DataSharing, true, ConsentGiver.Person, "u", Lead, Now).Broken);
        Assert.True(child.RecordConsent(ConsentSubject.DataSharing, true, ConsentGiver.Guardian, "u", Lead, Now).Succeeded);
        Assert.True(child.RecordConsent(ConsentSubject.DataSharing, false, ConsentGiver.Guardian, "u", Lead, Now.AddDays(1)).Succeeded);
        Assert.False(child.CurrentConsent(ConsentSubject.DataSharing)!.Given);
    }

    [Theory]
    [InlineData("Elirë Markú", "marku  ELIRE")]
    [InlineData("Çelë Gjoka", "cele gjoka")]
    [InlineData("Ana-Maria Kola", "kola ana maria")]
    public void Spelling_variants_of_a_name_normalise_to_the_same_key(string a, string b) =>
        Assert.Equal(PersonalDataProtector.NormalizeName(a), PersonalDataProtector.NormalizeName(b));
    [Theory]
    [InlineData(25, true, AgencyKind.Police, null)]
    [InlineData(25, false, AgencyKind.Police, CaseRule.LeadOfferNeedsConsent)]
    [InlineData(25, null, AgencyKind.ChildProtection, CaseRule.LeadOfferNeedsConsent)]
    [InlineData(15, null, AgencyKind.Police, null)]
    [InlineData(15, false, AgencyKind.ChildProtection, null)]
    [InlineData(15, false, AgencyKind.Shelter, CaseRule.LeadOfferNeedsConsent)]
    public void The_lead_is_offered_only_as_the_data_sharing_rule_allows(int age, bool? agreed, AgencyKind offering, CaseRule? broken)
    {
        var @case = NewCase(estimatedAge: age);
        if (agreed is { } given)
        {
            @case.RecordConsent(ConsentSubject.DataSharing, given, age < 18 ? ConsentGiver.Guardian : ConsentGiver.Person, "u-lead", Lead, Now);
        }

        var result = @case.OfferLead(toAgencyId: 9, offering, "u-lead", Lead, Now);

        Assert.Equal(broken, result.Broken);
        Assert.Equal(broken is null ? 9 : null, @case.ProposedLeadAgencyId);
    }
}
