using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Domain.Trainings;
using AntiTrafik.Web.Features.Bulletins;
using AntiTrafik.Web.Infrastructure;
using static AntiTrafik.Web.Data.Seeding.DemoProportions;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// The demo history's meetings, trainings and awareness activities (<see cref="DemoHistory"/>), year after year: the
/// NRM three times a year, the Responsible Authority every other month, regional committees, technical tables and
/// information meetings around the counties, with their minutes approved and actions done (the last year's partly
/// open); trainings with their participants counted; the yearly anti-trafficking days and summer campaigns; and the
/// two bulletins of the last two whole four-month periods, assembled by the bulletin's own rule and issued.
/// </summary>
internal sealed class DemoHistoryActivities(AppDbContext db, Assemble.Handler bulletins, DemoWorld world, Random random, DateTime now)
{
    private static readonly string[] NrmTopics =
    [
        "Raporti i identifikimit të VT/VMT për periudhën e kaluar",
        "Zbatimi i Planit Kombëtar të Veprimit kundër trafikimit",
        "Rekomandimet e raportit të GRETA-s",
        "Rekomandimet e Raportit TIP të Departamentit të Shtetit",
        "Rekomandimet e Progres Raportit të BE-së",
        "Kalendari i aktiviteteve të Muajit Antitrafik",
        "Funksionimi i njësive mobile të identifikimit",
        "Financimi i strehëzave antitrafik",
    ];

    private static readonly string[] AuthorityTopics =
    [
        "Rastet e reja të identifikuara në periudhën e fundit",
        "Ndjekja e rasteve në strehëza",
        "Rastet e fëmijëve të pashoqëruar",
        "Riintegrimi i viktimave pas daljes nga strehëza",
    ];

    private static readonly string[] LocalTopics =
    [
        "Situata e trafikimit në qark",
        "Rastet e referuara në muajt e fundit",
        "Identifikimi i fëmijëve në situatë rruge",
        "Bashkëpunimi ndërmjet policisë, shërbimit social dhe njësive të mbrojtjes së fëmijëve",
        "Plani vendor i veprimit kundër trafikimit",
    ];

    private static readonly string[] Actions =
    [
        "Dërgo të dhënat statistikore të periudhës",
        "Përgatit komentet mbi projektplanin e veprimit",
        "Organizo takimin e tryezës teknike me shkollat",
        "Përditëso listën e pikave të kontaktit në institucion",
        "Raporto mbi ndjekjen e rasteve të referuara",
    ];

    private static readonly (string Title, string? Topic, TrainingKind Kind, string[] Audience)[] TrainingTopics =
    [
        ("Identifikimi dhe referimi i VT/VMT në nivel vendor", "Treguesit e trafikimit dhe referimi tek shërbimet", TrainingKind.Training, ["DVP-", "SHSSH-", "NJMF-"]),
        ("Procedurat Standarde të Veprimit për identifikimin dhe referimin", "Zbatimi i PSV-ve", TrainingKind.Training, ["DVP-", "SHSSH-"]),
        ("Intervista e përbashkët: rolet e policisë dhe shërbimit social", null, TrainingKind.Workshop, ["DVP-", "SHSSH-"]),
        ("Identifikimi i viktimave të trafikimit për punë të detyruar", "Inspektimet e punës dhe treguesit e punës së detyruar", TrainingKind.Training, ["ISHP", "DVP-"]),
        ("Mbrojtja e fëmijëve në situatë rruge", "Roli i njësive të mbrojtjes së fëmijëve", TrainingKind.Training, ["NJMF-", "SHSSH-", "ASHMDF"]),
        ("Identifikimi i kategorive të cenueshme në flukset migratore", null, TrainingKind.Training, ["PKM", "DATM", "DVP-"]),
        ("Të drejtat e viktimave të veprës penale", null, TrainingKind.Training, ["DVP-", "PP", "PKR"]),
        ("Puna me viktimat: qasja e bazuar te trauma", null, TrainingKind.Workshop, ["QKPVT", "TDB", "TV", "VATRA"]),
    ];

    private static readonly string[] TrainingPartners = ["IOM", "UNICEF", "Të Ndryshëm dhe të Barabartë", "Tjetër Vizion", "Vatra", "World Vision", "ARSIS", "Caritas Shqiptar"];

    private static readonly DateOnly Nr16 = new(2018, 5, 1);

    private readonly DateOnly _today = DateOnly.FromDateTime(PortalTime.ToLocal(now));

    public async Task WriteAsync(CancellationToken ct)
    {
        var firstYear = _today.Year - PerYear.Length + 1;
        var lastDay = _today.AddDays(60);
        for (var year = firstYear; year <= _today.Year; year++)
        {
            db.Meetings.AddRange(MeetingsOf(year).Where(m => DateOnly.FromDateTime(PortalTime.ToLocal(m.StartsAt)) <= lastDay));
            db.Trainings.AddRange(TrainingsOf(year).Where(t => t.StartsOn <= lastDay));
            db.AwarenessActivities.AddRange(ActivitiesOf(year).Where(a => a.StartsOn < _today));
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        await IssueBulletinsAsync(ct);
    }

    private IEnumerable<Meeting> MeetingsOf(int year)
    {
        foreach (var month in new[] { 3, 7, 11 })
        {
            var present = Present(random.Next(7, 11), "MB", "MSHMS", "MASR", "MEPJ", "DPPSH", "SHSSH", "ASHMDF", "KKSA", "IOM", "UNICEF", "WV", "ARSIS");
            var meeting = Meeting("Takim i Mekanizmit Kombëtar të Referimit", MeetingKind.Mkr, Day(year, month), "Tiranë", "Ministria e Brendshme", null, present, NrmTopics);
            meeting.Participants.Add(new Participant { Name = $"{InventedNames.FirstName(random, Domain.Cases.Sex.Female)} {InventedNames.Surname(random)}", Function = "Drejtore", Institution = "Shërbimi Social Shtetëror" });
            yield return meeting;
        }

        for (var month = 1; month <= 11; month += 2)
        {
            var present = Present(5, "DPPSH", "SHSSH", "ASHMDF", "MEPJ", "QKPVT", AgencyCatalog.ShelterDifferentAndEqual, "TV", "VATRA");
            yield return Meeting("Takimi i Autoritetit Përgjegjës", MeetingKind.ResponsibleAuthority, Day(year, month), "Tiranë", null, null, present, AuthorityTopics);
        }

        foreach (var month in new[] { 2, 5, 9, 12 })
        {
            var county = random.Pick(Counties);
            var code = AgencyCatalog.CodeOf(county);
            var present = Present(4, "DVP-" + code, "SHSSH-" + code, "KQ-" + code, "NJMF-" + code, ShelterNear(county));
            yield return Meeting($"Mbledhja e Komitetit Rajonal Antitrafik {county}", MeetingKind.RegionalCommittee, Day(year, month), county, null, county, present, LocalTopics);
        }

        foreach (var month in new[] { 4, 6, 10, 12 })
        {
            var county = random.Pick(Counties);
            var code = AgencyCatalog.CodeOf(county);
            var present = Present(3, "DVP-" + code, "SHSSH-" + code, "NJMF-" + code);
            yield return Meeting($"Tryeza teknike kundër trafikimit, Bashkia {county}", MeetingKind.TechnicalTable, Day(year, month), county, null, county, present, LocalTopics);
        }

        foreach (var month in new[] { 3, 10 })
        {
            var county = random.Pick(Counties);
            var meeting = Meeting("Takim informues me nxënësit mbi rreziqet e trafikimit", MeetingKind.InformationMeeting, Day(year, month), county,
                "Shkolla e mesme e qytetit", county, Present(2, "DVP-" + AgencyCatalog.CodeOf(county), "SHSSH-" + AgencyCatalog.CodeOf(county)), []);
            meeting.HeadCount = random.Next(30, 90);
            yield return meeting;
        }
    }

    private Meeting Meeting(string title, MeetingKind kind, DateOnly day, string city, string? venue, string? county, List<MeetingAttendance> present, string[] topics)
    {
        var meeting = new Meeting
        {
            Title = title,
            Kind = kind,
            StartsAt = PortalTime.ToUtc(day.ToDateTime(new TimeOnly(10, 0))),
            City = city,
            Venue = venue,
            CountyId = county is null ? null : world.Counties[county],
            OrganiserAgencyId = world[AgencyCatalog.CoordinatorOffice].Id,
        };
        meeting.Agencies.AddRange(present);
        var order = 1;
        foreach (var topic in topics.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))
        {
            meeting.Agenda.Add(new AgendaItem { Order = order++, Title = topic });
        }

        if (meeting.StartsAt > now)
        {
            return meeting;
        }

        // Minutes approved a fortnight after, or still on their way for the last few weeks' meetings.
        var daysAgo = (now - meeting.StartsAt).TotalDays;
        meeting.MoveTo(MeetingState.Held, meeting.StartsAt);
        if (daysAgo > 7)
        {
            meeting.MoveTo(MeetingState.Circulated, meeting.StartsAt.AddDays(3));
        }

        if (daysAgo > 21)
        {
            meeting.MoveTo(MeetingState.Approved, meeting.StartsAt.AddDays(14));
        }

        if (kind is not (MeetingKind.ResponsibleAuthority or MeetingKind.InformationMeeting) && random.Chance(0.6))
        {
            var due = day.AddDays(random.Next(14, 60));
            meeting.Actions.Add(new ActionItem
            {
                Description = random.Any(Actions),
                ResponsibleAgencyId = random.Any(present).AgencyId,
                DueOn = due,
                // The last year's actions partly still open (some past their day); older ones done, a few dropped.
                State = daysAgo < 365 && random.Chance(0.4) ? ActionState.Open : random.Chance(0.93) ? ActionState.Done : ActionState.Dropped,
            });
        }

        return meeting;
    }

    private List<MeetingAttendance> Present(int count, params string[] codes) =>
        [.. codes.Where(world.Agencies.ContainsKey).OrderBy(_ => random.Next()).Take(count).Select(c => new MeetingAttendance { AgencyId = world[c].Id })];

    /// <summary>A working day of the month (Monday to Thursday), as such meetings are held.</summary>
    private DateOnly Day(int year, int month)
    {
        var day = new DateOnly(year, month, random.Next(3, 26));
        while (day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private IEnumerable<Training> TrainingsOf(int year)
    {
        foreach (var month in new[] { 2, 3, 4, 5, 6, 9, 10, 11 })
        {
            var (title, topic, kind, audience) = random.Any(TrainingTopics);
            var county = random.Pick(Counties);
            var code = AgencyCatalog.CodeOf(county);
            var starts = Day(year, month);
            var state = starts > _today ? ActivityState.Planned : random.Chance(0.03) ? ActivityState.Cancelled : ActivityState.Held;
            var institutions = audience.Select(a => a.EndsWith('-') ? a + code : a).Where(world.Agencies.ContainsKey).ToList();
            var training = new Training
            {
                Title = $"{title} — {county}",
                Topic = topic,
                Kind = kind,
                StartsOn = starts,
                EndsOn = kind == TrainingKind.Workshop ? starts.AddDays(1) : starts,
                CountyId = world.Counties[county],
                City = county,
                OrganiserAgencyId = world[AgencyCatalog.CoordinatorOffice].Id,
                Partners = random.Any(TrainingPartners),
                Audience = string.Join(',', institutions.Select(i => world[i].Kind).Distinct()),
                State = state,
            };
            if (state == ActivityState.Held)
            {
                training.Counts.AddRange(institutions.Select(i => new ParticipantCount { AgencyId = world[i].Id, Women = random.Next(2, 12), Men = random.Next(1, 9) }));
                // The invented staff among them, by name.
                foreach (var person in institutions.Where(i => world.StaffByAgency.ContainsKey(world[i].Id)).Select(i => world.AnyStaff(random, world[i].Id)).DistinctBy(p => p.Id, StringComparer.Ordinal))
                {
                    training.Participants.Add(new TrainingParticipant { UserId = person.Id, Name = person.Name, Institution = world.Agencies.Values.First(a => a.Id == person.AgencyId).Name });
                }
            }

            yield return training;
        }
    }

    private IEnumerable<AwarenessActivity> ActivitiesOf(int year)
    {
        var coordinator = "Ministria e Brendshme / Zyra e Koordinatorit Kombëtar";
        var worldDayCity = random.Pick(Counties);
        yield return new AwarenessActivity
        {
            Title = "Dita Botërore kundër Trafikimit të Personave",
            StartsOn = new DateOnly(year, 7, 30), EndsOn = new DateOnly(year, 7, 30),
            CountyId = world.Counties[worldDayCity], City = worldDayCity,
            Organisers = coordinator, Partners = "Komiteti Rajonal Antitrafik, IOM",
            AudienceReached = random.Next(150, 600),
            Description = "Aktivitet në sheshin qendror me të rinjtë e qytetit për rreziqet e trafikimit dhe numrin e linjës së ndihmës.",
        };
        var beach = random.Any(new[] { "Durrës", "Vlorë", "Lezhë" });
        yield return new AwarenessActivity
        {
            Title = $"Fushatë verore ndërgjegjësuese në plazhet e qarkut {beach}",
            StartsOn = new DateOnly(year, 7, random.Next(5, 20)), EndsOn = new DateOnly(year, 8, random.Next(10, 25)),
            CountyId = world.Counties[beach], City = beach,
            Organisers = coordinator, Partners = "Rrjeti „URAT”, Policia e Kufirit dhe Migracionit",
            AudienceReached = random.Next(1000, 4000),
            Description = "Shpërndarje materialesh informuese për pushuesit dhe punonjësit sezonalë.",
        };
        yield return new AwarenessActivity
        {
            Title = "Muaji Antitrafik: Dita Evropiane kundër Trafikimit",
            StartsOn = new DateOnly(year, 10, 18), EndsOn = new DateOnly(year, 10, 18),
            CountyId = world.Counties["Tiranë"], City = "Tiranë",
            Organisers = coordinator, Partners = "Koalicioni Kombëtar i Strehëzave Antitrafik, UNICEF",
            AudienceReached = random.Next(200, 800),
            Description = "Hapja e aktiviteteve të Muajit Antitrafik me institucionet e Mekanizmit Kombëtar të Referimit.",
        };
    }

    /// <summary>
    /// The bulletins of the last two whole four-month periods (January–April, May–August, September–December), numbered
    /// on from Nr. 16 of May–August 2018, assembled from the records by the bulletin's rule and issued after the period.
    /// </summary>
    private async Task IssueBulletinsAsync(CancellationToken ct)
    {
        var current = new DateOnly(_today.Year, ((_today.Month - 1) / 4 * 4) + 1, 1);
        foreach (var from in new[] { current.AddMonths(-8), current.AddMonths(-4) })
        {
            var to = from.AddMonths(4).AddDays(-1);
            var number = 16 + (((from.Year - Nr16.Year) * 12) + from.Month - Nr16.Month) / 4;
            var bulletin = await bulletins.DraftAsync(number, from, to,
                $"Buletini paraqet veprimtaritë e Zyrës së Koordinatorit Kombëtar Antitrafik për periudhën {from:dd.MM.yyyy} – {to:dd.MM.yyyy}. (Të dhëna demonstrimi: të shpikura.)");
            var issuedAt = PortalTime.ToUtc(to.AddDays(random.Next(10, 20)).ToDateTime(new TimeOnly(11, 0)));
            _ = bulletin.Issue(issuedAt < now ? issuedAt : now.AddHours(-1));
            db.Bulletins.Add(bulletin);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }
}
