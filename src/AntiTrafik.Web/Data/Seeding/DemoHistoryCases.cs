using AntiTrafik.Domain;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Domain.Referrals;
using AntiTrafik.Web.Features.Cases;
using AntiTrafik.Web.Features.Referrals;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Security;
using static AntiTrafik.Web.Data.Seeding.DemoProportions;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// The demo history's cases (<see cref="DemoHistory"/>): ten years of identifications in the proportions of
/// <see cref="DemoProportions"/>, each registered by an invented caseworker of the institution that identified the
/// person; the joint interview decided for most older cases and pending for recent ones; notes; referrals to shelters,
/// child protection, the joint interview, reintegration, legal aid and return, answered in every way (the recent ones
/// partly not yet, some past their deadline); most older cases closed. Written through <see cref="BulkCases"/>.
/// </summary>
internal sealed class DemoHistoryCases(BulkCases bulk, PersonalDataProtector protector, ReferralDeadlines deadlines, DemoWorld world, Random random, DateTime now)
{
    /// <summary>At least this many referrals wait past their deadline, so the escalation page has rows.</summary>
    private const int Overdue = 6;

    private static readonly string[] CaseNotes =
    [
        "U zhvillua takim me personin; u diskutuan nevojat për strehim dhe mbështetje psikologjike.",
        "Personi u shoqërua në qendrën shëndetësore për kontroll mjekësor.",
        "Me pëlqimin e personit u kontaktua familja; situata në familje u vlerësua e qëndrueshme.",
        "Personi shprehu dëshirë për një kurs formimi profesional.",
        "U hartua plani individual i asistencës së bashku me personin.",
        "Personi nuk u paraqit në takimin e caktuar; u kontaktua me telefon dhe u caktua një takim i ri.",
        "Vizitë monitoruese; personi ndjek rregullisht programin e mbështetjes.",
    ];

    private static readonly string[] VictimReasons =
    [
        "Treguesit e shfrytëzimit u konfirmuan në intervistën e përbashkët.",
        "Rrëfimi është i qëndrueshëm dhe përputhet me treguesit e trafikimit.",
        "Provat e mbledhura nga policia dhe vlerësimi social tregojnë shfrytëzim.",
    ];

    private static readonly string[] NotVictimReasons =
    [
        "Nuk u gjetën tregues të mjaftueshëm të trafikimit; personi u referua për shërbime të tjera sociale.",
        "Rasti u vlerësua si migrim i parregullt pa elemente shfrytëzimi.",
    ];

    private static readonly string[] DeclineReasons =
    [
        "Nuk ka vend të lirë në strehëz për momentin; propozohet strehëza tjetër e koalicionit.",
        "Shërbimi i kërkuar ofrohet nga njësia e bashkisë ku banon personi.",
        "Personi është referuar tashmë për të njëjtin shërbim.",
    ];

    private static readonly string[] WithdrawReasons =
    [
        "Personi nuk e dëshiron më shërbimin.",
        "Rasti u transferua në një qark tjetër.",
        "Nevoja u plotësua nga një institucion tjetër.",
    ];

    private static readonly string[] Outcomes =
    [
        "Shërbimi u ofrua sipas planit individual të asistencës.",
        "Personi përfundoi programin e strehimit dhe u riintegrua në familje.",
        "Personi përfundoi kursin e formimit profesional dhe filloi punë.",
        "Intervista e përbashkët u zhvillua.",
        "Fëmija u regjistrua në shkollë dhe ndiqet nga punonjësi i mbrojtjes së fëmijës.",
    ];

    private static readonly string[] ClosingNotes =
    [
        "Rasti u mbyll pas përfundimit të planit të riintegrimit.",
        "Personi u largua nga vendi; rasti u mbyll.",
    ];

    private static readonly (string Code, double Weight)[] Shelters = [("QKPVT", 35), (AgencyCatalog.ShelterDifferentAndEqual, 30), ("TV", 20), ("VATRA", 15)];

    private static readonly (Urgency Urgency, double Weight)[] Urgencies = [(Urgency.Emergency, 30), (Urgency.Urgent, 50), (Urgency.Routine, 20)];

    private static readonly Dictionary<string, string> Languages = new(StringComparer.Ordinal)
    {
        ["SY"] = "arabisht", ["MA"] = "arabisht", ["AF"] = "dari", ["PK"] = "urdu", ["BD"] = "bengalisht", ["PH"] = "anglisht", ["UA"] = "ukrainisht",
    };

    private readonly DateOnly _today = DateOnly.FromDateTime(PortalTime.ToLocal(now));

    private enum Outcome
    {
        Sent,
        Accepted,
        InProgress,
        Completed,
        Declined,
        Withdrawn,
    }

    private sealed record Plan(CaseForm Form, string County, DemoWorld.Institution Lead, DemoWorld.Person Registrar, DateTime RegisteredAt, bool Child, ExploitationForms Main, DateTime? ClosesAt)
    {
        public bool Foreign => Form.Citizenship != "AL" && Form.Citizenship != "XK";
        public DateTime End(DateTime now) => ClosesAt ?? now;
    }

    private sealed record Referring(Plan Plan, Case Case, DemoWorld.Institution Receiver, ReferralServices Services, Urgency Urgency, DateTime SentAt, string Note)
    {
        public Outcome Outcome { get; set; }
    }

    public async Task<int> WriteAsync(CancellationToken ct)
    {
        var cases = PlanCases().Select(plan => (Plan: plan, Case: bulk.Register(plan.Form, plan.Lead.Id, plan.Registrar.Id, plan.RegisteredAt))).ToList();
        foreach (var (plan, @case) in cases)
        {
            Identify(plan, @case);
            AddNotes(plan, @case);
        }

        await bulk.SaveAsync(ct);
        var referrals = cases.SelectMany(c => PlanReferrals(c.Plan, c.Case)).ToList();
        ChooseOutcomes(referrals);
        foreach (var referring in referrals)
        {
            Refer(referring);
        }

        // A case closes after its referrals were answered.
        foreach (var (plan, @case) in cases.Where(c => c.Plan.ClosesAt is not null))
        {
            Close(plan, @case);
        }

        await bulk.SaveAsync(ct);
        return cases.Count;
    }

    private List<Plan> PlanCases()
    {
        var plans = new List<Plan>();
        var firstYear = _today.Year - PerYear.Length + 1;
        for (var y = 0; y < PerYear.Length; y++)
        {
            var start = new DateOnly(firstYear + y, 1, 1);
            var daysInYear = start.AddYears(1).DayNumber - start.DayNumber;
            // Up to yesterday: what has happened; this year only its share.
            var days = Math.Min(daysInYear, _today.DayNumber - start.DayNumber);
            var count = (int)Math.Round(PerYear[y] * days / (double)daysInYear);
            for (var i = 0; i < count; i++)
            {
                plans.Add(PlanCase(start.AddDays(random.Next(days))));
            }
        }

        // Numbered in the order they were registered.
        return [.. plans.OrderBy(p => p.RegisteredAt)];
    }

    private Plan PlanCase(DateOnly identifiedOn)
    {
        var sex = random.Chance(Women) ? Sex.Female : Sex.Male;
        var child = random.Chance(sex == Sex.Female ? GirlsAmongFemale : BoysAmongMale);
        var (from, to) = random.Pick(child ? ChildAges : AdultAges);
        var age = random.Next(from, to + 1);
        var citizenship = random.Pick(Citizenships);
        var foreign = citizenship is not ("AL" or "XK");
        var county = random.Pick(Counties);
        var countyId = world.Counties[county];
        var municipality = random.Chance(InCountySeat) ? world.MunicipalitiesByCounty[countyId].First(m => m.Name == county) : random.Any(world.MunicipalitiesByCounty[countyId]);
        var main = random.Pick(FormsFor(sex, child));
        var forms = new List<ExploitationForms> { main };
        if (random.Chance(SecondForm) && random.Pick(FormsFor(sex, child)) is var second && second != main)
        {
            forms.Add(second);
        }

        var channel = random.Pick(ChannelsIn(identifiedOn.Year));
        var exploitedIn = random.Pick(citizenship == "AL" ? ExploitationCountries : ForeignersExploitedIn);
        var dateOfBirth = random.Chance(foreign ? 0.3 : 0.65) ? identifiedOn.AddYears(-age).AddDays(-random.Next(0, 365)) : (DateOnly?)null;
        var lead = RegisteringInstitution(channel, county, child, foreign);
        var registeredAt = PortalTime.ToUtc(identifiedOn.ToDateTime(new TimeOnly(random.Next(8, 18), random.Next(60))));
        var form = new CaseForm
        {
            FirstName = InventedNames.FirstName(random, sex, foreign),
            LastName = InventedNames.Surname(random),
            PersonalNumber = !foreign && random.Chance(child ? 0.4 : 0.6) ? PersonalNumber(identifiedOn.Year - age) : null,
            Sex = sex,
            DateOfBirth = dateOfBirth,
            EstimatedAge = dateOfBirth is null ? age : null,
            Citizenship = citizenship,
            CountyId = countyId,
            MunicipalityId = municipality.Id,
            Languages = Languages.GetValueOrDefault(citizenship),
            AccompanyingChildren = !child && sex == Sex.Female && random.Chance(0.1) ? random.Next(1, 3) : 0,
            Forms = forms,
            LabourSector = forms.Contains(ExploitationForms.ForcedLabour) ? random.Pick(LabourSectors) : null,
            Means = [.. MeansFor(main).OrderBy(_ => random.Next()).Take(random.Next(2, 4))],
            IsCrossBorder = citizenship != "AL" || exploitedIn != "AL",
            RecruitmentCountries = [citizenship],
            TransitCountries = foreign && citizenship is "SY" or "AF" or "PK" or "BD" ? ["TR", "GR"] : [],
            ExploitationCountries = [exploitedIn],
            IdentifiedOn = identifiedOn,
            PlaceOfIdentification = municipality.Name,
            Channel = channel,
            UnaccompaniedChild = child && (foreign ? random.Chance(0.7) : age < 16 && main is ExploitationForms.ForcedBegging or ExploitationForms.ForcedLabour && random.Chance(0.3)),
            PoliceAgencyId = world[AgencyCatalog.PoliceDirectorate(county)].Id,
            SocialServiceAgencyId = world[AgencyCatalog.SocialServiceDirectorate(county)].Id,
            ConsentToAssistance = true,
            ConsentToShare = child || !random.Chance(NoAgreementToShare),
            ConsentGivenBy = !child ? ConsentGiver.Person : random.Chance(0.6) ? ConsentGiver.Guardian : ConsentGiver.ChildProtectionWorker,
        };
        return new Plan(form, county, lead, world.AnyStaff(random, lead.Id), registeredAt, child, main, ClosingTime(identifiedOn, registeredAt));
    }

    /// <summary>Who registers the case: the institution whose people identified the person, in the person's county where it has one.</summary>
    private DemoWorld.Institution RegisteringInstitution(IdentificationChannel channel, string county, bool child, bool foreign)
    {
        var code = channel switch
        {
            IdentificationChannel.Police when foreign => random.Chance(0.6) ? "DATM" : "PKM",
            IdentificationChannel.Police => AgencyCatalog.PoliceDirectorate(county),
            IdentificationChannel.MobileUnit => AgencyCatalog.SocialServiceDirectorate(county),
            IdentificationChannel.NgoOutreach when child && random.Chance(0.5) => random.Chance(0.5) ? "ARSIS" : "WV",
            IdentificationChannel.NgoOutreach => ShelterNear(county),
            IdentificationChannel.LabourInspection => "ISHP",
            IdentificationChannel.Consulate => "DATM",
            IdentificationChannel.Hotline => child ? AgencyCatalog.ChildRightsAgency : AgencyCatalog.ShelterDifferentAndEqual,
            IdentificationChannel.SelfReferral => random.Chance(0.5) ? "QKPVT" : AgencyCatalog.PoliceDirectorate(county),
            _ => child ? "NJMF-" + AgencyCatalog.CodeOf(county) : AgencyCatalog.SocialServiceDirectorate(county),
        };
        return world[code];
    }

    /// <summary>An invented personal number of the Albanian shape: a letter for the decade of birth, eight digits, a letter.</summary>
    private string PersonalNumber(int birthYear) =>
        $"{(char)('A' + Math.Clamp((birthYear - 1900) / 10, 0, 25))}{random.Next(10_000_000, 99_999_999)}{(char)('A' + random.Next(26))}";

    private DateTime? ClosingTime(DateOnly identifiedOn, DateTime registeredAt)
    {
        if (random.Chance(OpenAfter(_today.DayNumber - identifiedOn.DayNumber)))
        {
            return null;
        }

        var span = (now - registeredAt).TotalDays;
        return registeredAt.AddDays(span < 90 ? span * (0.3 + (0.6 * random.NextDouble())) : Math.Min(span - 1, 60 + random.Next(0, 600)));
    }

    /// <summary>The joint interview: decided for most cases older than four months, for some recent ones, one side for a few.</summary>
    private void Identify(Plan plan, Case @case)
    {
        var days = (now - plan.RegisteredAt).TotalDays;
        var draw = random.NextDouble();
        var (decided, oneSide) = days switch
        {
            > 120 => (draw < OfficialVictims + NotVictims, false),
            > 15 => (draw < 0.4, draw is >= 0.4 and < 0.6),
            _ => (false, draw < 0.1),
        };
        if (!decided && !oneSide)
        {
            return;
        }

        var victim = !decided || days <= 120 ? random.Chance(0.87) : draw < OfficialVictims;
        var at = Later(plan.RegisteredAt, TimeSpan.FromDays(random.Next(5, 60)), plan.End(now));
        var police = world.AnyStaff(random, @case.PoliceAgencyId);
        var social = world.AnyStaff(random, @case.SocialServiceAgencyId);
        var policeFinding = victim ? Finding.Victim : Finding.NotAVictim;
        var policeAt = plan.RegisteredAt + ((at - plan.RegisteredAt) * (0.5 + (0.4 * random.NextDouble())));
        _ = @case.RecordAssessment(AssessingSide.Police, police.AgencyId, police.Id, policeFinding, Reason(policeFinding), policeAt);
        if (decided)
        {
            var socialFinding = victim || random.Chance(0.3) ? Finding.Victim : Finding.NotAVictim;
            _ = @case.RecordAssessment(AssessingSide.SocialService, social.AgencyId, social.Id, socialFinding, Reason(socialFinding), at);
        }
    }

    private SealedText Reason(Finding finding) => protector.Seal(random.Any(finding == Finding.Victim ? VictimReasons : NotVictimReasons));

    private void AddNotes(Plan plan, Case @case)
    {
        for (var n = random.Next(0, 3); n > 0; n--)
        {
            var at = plan.RegisteredAt + ((plan.End(now) - plan.RegisteredAt) * random.NextDouble() * 0.9);
            _ = @case.AddNote(protector.Seal(random.Any(CaseNotes)), plan.Registrar.Id, plan.Lead.Id, at.AddMinutes(1));
        }
    }

    /// <summary>What the lead institution refers the case for: the joint interview, a shelter, child protection, reintegration, legal aid, return.</summary>
    private IEnumerable<Referring> PlanReferrals(Plan plan, Case @case)
    {
        var countyName = plan.County;
        var wanted = new List<(string Code, ReferralServices Services, Urgency Urgency, TimeSpan After, string Note)>();
        var adultSexual = !plan.Child && plan.Form.Sex == Sex.Female && plan.Main == ExploitationForms.SexualExploitation;
        if (plan.Lead.Kind == AgencyKind.Police ? random.Chance(0.5) : random.Chance(0.6))
        {
            var other = plan.Lead.Kind == AgencyKind.Police ? AgencyCatalog.SocialServiceDirectorate(countyName) : AgencyCatalog.PoliceDirectorate(countyName);
            wanted.Add((other, ReferralServices.JointIdentificationInterview, Urgency.Urgent, Hours(1, 48), "Kërkohet zhvillimi i intervistës së përbashkët për identifikimin."));
        }

        if (random.Chance(adultSexual || plan.Child ? 0.7 : 0.45))
        {
            var services = ReferralServices.ShelterAccommodation | ReferralServices.PsychologicalSupport | (random.Chance(0.5) ? ReferralServices.MedicalCare : ReferralServices.None);
            wanted.Add((random.Pick(Shelters), services, random.Pick(Urgencies), Hours(1, 72), "Kërkohet strehim i sigurt dhe mbështetje psikologjike."));
        }

        if (plan.Child && random.Chance(0.8))
        {
            var services = ReferralServices.ChildProtectionAssessment | (random.Chance(0.3) ? ReferralServices.Education : ReferralServices.None);
            wanted.Add(("NJMF-" + AgencyCatalog.CodeOf(countyName), services, Urgency.Urgent, Hours(2, 96), "Kërkohet vlerësimi i nevojave të fëmijës dhe plani i mbrojtjes."));
        }

        if (random.Chance(0.45))
        {
            wanted.Add(plan.Child
                ? (random.Chance(0.5) ? "ARSIS" : "WV", ReferralServices.Education | ReferralServices.ReintegrationSupport, Urgency.Routine, Days(30, 150), "Mbështetje për rikthimin në shkollë dhe riintegrimin.")
                : (AgencyCatalog.SocialServiceDirectorate(countyName), ReferralServices.EmploymentSupport | ReferralServices.VocationalTraining, Urgency.Routine, Days(30, 150), "Personi kërkon mbështetje për punësim pas strehimit."));
        }

        if (random.Chance(0.12))
        {
            var legal = plan.Lead.Code == AgencyCatalog.ShelterDifferentAndEqual ? "VATRA" : AgencyCatalog.ShelterDifferentAndEqual;
            wanted.Add((legal, ReferralServices.LegalAid, Urgency.Routine, Days(5, 60), "Kërkohet ndihmë juridike për procedimin penal."));
        }

        if (plan.Foreign && random.Chance(0.5))
        {
            wanted.Add(("IOM", ReferralServices.VoluntaryReturn | ReferralServices.Interpretation, Urgency.Urgent, Days(5, 40), "Kërkohet asistencë për kthim vullnetar."));
        }

        foreach (var (code, services, urgency, after, note) in wanted)
        {
            var sentAt = plan.RegisteredAt + after;
            if (code != plan.Lead.Code && sentAt < now.AddMinutes(-30) && sentAt < plan.End(now).AddDays(-1))
            {
                yield return new Referring(plan, @case, world[code], services, urgency, sentAt, note);
            }
        }
    }

    private TimeSpan Hours(int from, int to) => TimeSpan.FromHours(random.Next(from, to));

    private TimeSpan Days(int from, int to) => TimeSpan.FromDays(random.Next(from, to)) + TimeSpan.FromHours(random.Next(0, 8));

    /// <summary>
    /// Older referrals are done with (most completed, some declined or withdrawn), save long services still under way;
    /// recent ones are in every state, and some wait past their deadline.
    /// </summary>
    private void ChooseOutcomes(List<Referring> referrals)
    {
        (Outcome, double)[] finished = [(Outcome.Completed, 72), (Outcome.Declined, 15), (Outcome.Withdrawn, 13)];
        (Outcome, double)[] recent = [(Outcome.Accepted, 25), (Outcome.InProgress, 35), (Outcome.Completed, 15), (Outcome.Declined, 12), (Outcome.Withdrawn, 5), (Outcome.Sent, 8)];
        foreach (var referring in referrals)
        {
            var age = now - referring.SentAt;
            var lasting = (referring.Services & (ReferralServices.ShelterAccommodation | ReferralServices.EmploymentSupport | ReferralServices.Education)) != ReferralServices.None;
            referring.Outcome = referring.Plan.ClosesAt is not null ? random.Pick(finished)
                : age > TimeSpan.FromDays(45) ? lasting && age < TimeSpan.FromDays(365) && random.Chance(0.5) ? Outcome.InProgress : random.Pick(finished)
                : random.Pick(recent);
        }

        // Of the recent referrals whose deadline has passed, the latest stay unanswered: at least Overdue of them, and a fifth of the rest.
        var late = referrals
            .Where(r => r.Plan.ClosesAt is null && r.SentAt + deadlines.For(r.Urgency) < now && now - r.SentAt < TimeSpan.FromDays(40))
            .OrderByDescending(r => r.SentAt)
            .ToList();
        var waiting = late.Count(r => r.Outcome == Outcome.Sent);
        foreach (var referring in late.Where(r => r.Outcome != Outcome.Sent))
        {
            if (waiting >= Overdue && !random.Chance(0.2))
            {
                continue;
            }

            referring.Outcome = Outcome.Sent;
            waiting++;
        }
    }

    private void Refer(Referring r)
    {
        var sender = world.AnyStaff(random, r.Plan.Lead.Id);
        if (bulk.Send(r.Case, r.Plan.Lead.Id, r.Plan.Lead.Kind, sender.Id, r.Receiver.Id, r.Services, r.Urgency, deadlines.For(r.Urgency), protector.Seal(r.Note), r.SentAt) is not { } referral)
        {
            return;
        }

        var receiver = world.AnyStaff(random, r.Receiver.Id);
        var end = r.Plan.End(now);
        var deadline = deadlines.For(r.Urgency);
        // Most answer in time; some late, which the response times on the escalation page show.
        var answerAfter = random.Chance(0.85) ? deadline * (0.05 + (0.8 * random.NextDouble())) : deadline + TimeSpan.FromHours(random.Next(1, 72));
        var answeredAt = Later(r.SentAt, answerAfter, end);
        switch (r.Outcome)
        {
            case Outcome.Declined:
                bulk.Decline(referral, r.Case, receiver.Id, protector.Seal(random.Any(DeclineReasons)), answeredAt);
                return;
            case Outcome.Withdrawn:
                bulk.Withdraw(referral, r.Case, sender.Id, protector.Seal(random.Any(WithdrawReasons)), answeredAt);
                return;
            case Outcome.Sent:
                return;
        }

        bulk.Accept(referral, r.Case, receiver.Id, answeredAt);
        if (r.Outcome == Outcome.Accepted)
        {
            return;
        }

        var at = answeredAt;
        var asked = Enum.GetValues<ReferralServices>().Where(s => s != ReferralServices.None && r.Services.HasFlag(s) && s != ReferralServices.Interpretation).ToList();
        foreach (var service in asked.Take(r.Outcome == Outcome.InProgress ? 1 : random.Next(1, asked.Count + 1)))
        {
            at = Later(at, TimeSpan.FromDays(random.Next(1, 10)), end);
            bulk.RecordService(referral, r.Case, receiver.Id, service, DateOnly.FromDateTime(PortalTime.ToLocal(at)), default, at);
        }

        if (r.Outcome == Outcome.Completed)
        {
            bulk.Complete(referral, r.Case, receiver.Id, protector.Seal(random.Any(Outcomes)), Later(at, TimeSpan.FromDays(random.Next(1, 60)), end));
        }
    }

    private void Close(Plan plan, Case @case)
    {
        var reason = random.Pick(Closures);
        if (reason == ClosureReason.ReturnedToCountryOfOrigin && !plan.Foreign)
        {
            reason = ClosureReason.Reintegrated;
        }

        var note = reason == ClosureReason.Other || random.Chance(0.3) ? protector.Seal(random.Any(ClosingNotes)) : default;
        var who = world.AnyStaff(random, plan.Lead.Id);
        _ = @case.Close(reason, who.Id, plan.Lead.Id, note, plan.ClosesAt!.Value);
    }

    /// <summary>A moment <paramref name="wanted"/> after <paramref name="after"/>, or sooner, to stay before <paramref name="limit"/>.</summary>
    private static DateTime Later(DateTime after, TimeSpan wanted, DateTime limit)
    {
        var room = limit - after;
        return after + (wanted < room * 0.9 ? wanted : room * 0.8);
    }
}
