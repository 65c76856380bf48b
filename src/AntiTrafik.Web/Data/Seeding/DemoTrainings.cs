using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Domain.Trainings;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// The 2016 round of local NRM trainings (notice 003: twelve cities, 480 people targeted; Lezhë and Shkodër
/// held) and the trainings and awareness activities of bulletin Nr. 16 (May–August 2018), so that a bulletin
/// for 1 May–31 August 2018 can be assembled from demo data. Demo mode only, once.
/// </summary>
public sealed class DemoTrainings(AppDbContext db)
{
    private static readonly (string City, string County, int Month, int Day)[] Round2016 =
    [
        ("Lezhë", "Lezhë", 2, 23), ("Shkodër", "Shkodër", 2, 24), ("Elbasan", "Elbasan", 3, 1), ("Korçë", "Korçë", 3, 2),
        ("Durrës", "Durrës", 3, 9), ("Tiranë", "Tiranë", 3, 11), ("Fier", "Fier", 3, 16), ("Vlorë", "Vlorë", 3, 17),
        ("Kukës", "Kukës", 3, 29), ("Dibër", "Dibër", 3, 30), ("Berat", "Berat", 4, 6), ("Gjirokastër", "Gjirokastër", 4, 13),
    ];

    public async Task SeedAsync()
    {
        if (await db.Trainings.AnyAsync() || await db.AwarenessActivities.AnyAsync())
        {
            return;
        }

        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id, StringComparer.Ordinal);
        var counties = await db.Counties.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Id, StringComparer.Ordinal);
        ParticipantCount Count(string code, int women, int men) => new() { AgencyId = agencies[code], Women = women, Men = men };

        var programme = new Programme
        {
            Title = "Mekanizmi Kombëtar i Referimit, implementim efektiv në nivel lokal",
            Goal = "Rritja e kapaciteteve të strukturave shtetërore në nivel lokal dhe implementimi korrekt i MKR-së për identifikimin, referimin dhe asistencën e VT/VMT në 12 qarqet. Me mbështetjen e IOM.",
            TargetParticipants = 480,
        };
        foreach (var (city, county, month, day) in Round2016)
        {
            var held = month == 2;
            var code = AgencyCatalog.CodeOf(county);
            programme.Trainings.Add(new Training
            {
                Title = $"Trajnim mbi MKR-në në nivel lokal — {city}",
                Topic = "Identifikimi dhe referimi i VT/VMT tek shërbimet e asistencës",
                Kind = TrainingKind.Training,
                StartsOn = new DateOnly(2016, month, day),
                EndsOn = new DateOnly(2016, month, day),
                CountyId = counties[county],
                City = city,
                OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice],
                Partners = "IOM, Komiteti Rajonal Antitrafik, Koalicioni i Strehëzave Antitrafik",
                Audience = string.Join(',', AgencyKind.Police, AgencyKind.SocialService, AgencyKind.ChildProtection, AgencyKind.Inspectorate, AgencyKind.Ngo),
                Materials = "Modul trajnimi multidisiplinor për identifikimin dhe referimin",
                State = held ? ActivityState.Held : ActivityState.Planned,
                Counts = held ? [Count("DVP-" + code, 6, 10), Count("SHSSH-" + code, 9, 3), Count("ISHP", 2, 2), Count("NJMF-" + code, 5, 1)] : [],
            });
        }

        db.Programmes.Add(programme);
        db.Trainings.AddRange(
            new Training
            {
                Title = "Trajnim mbi „Të drejtat e viktimave të veprës penale”", Topic = "Të drejtat e viktimave të veprës penale", Kind = TrainingKind.Training,
                StartsOn = new DateOnly(2018, 5, 18), EndsOn = new DateOnly(2018, 5, 18), CountyId = counties["Tiranë"], City = "Tiranë",
                OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice], Partners = "Të Ndryshëm dhe të Barabartë", State = ActivityState.Held,
                Summary = "Zyra e Koordinatorit Kombëtar në bashkëpunim me organizatën „Të Ndryshëm dhe Të Barabartë” zhvilloi trajnimin me temë „Të drejtat e viktimave të veprës penale”.",
                Counts = [Count("DPPSH", 3, 4), Count("DVP-TIRANE", 4, 5), Count("DVP-DURRES", 2, 3), Count("DKA", 2, 1), Count("PP", 1, 1), Count("PKR", 1, 1)],
            },
            new Training
            {
                Title = "Trajnim mbi „Të drejtat e viktimave të veprës penale”", Topic = "Të drejtat e viktimave të veprës penale", Kind = TrainingKind.Training,
                StartsOn = new DateOnly(2018, 5, 30), EndsOn = new DateOnly(2018, 5, 30), CountyId = counties["Fier"], City = "Fier",
                OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice], Partners = "Të Ndryshëm dhe të Barabartë", Funder = "Bashkimi Evropian", State = ActivityState.Held,
                Counts = [Count("DPPSH", 2, 2), Count("DVP-BERAT", 3, 4), Count("DVP-FIER", 3, 5), Count("DKA", 1, 2)],
            },
            new Training
            {
                Title = "Takime informuese për parandalimin e fenomenit të fëmijëve të pashoqëruar", Kind = TrainingKind.InformationSession,
                StartsOn = new DateOnly(2018, 6, 12), EndsOn = new DateOnly(2018, 6, 13), CountyId = counties["Elbasan"], City = "Elbasan",
                OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice], Partners = "Ministria e Arsimit, Sportit dhe Rinisë, Komiteti Rajonal Antitrafik, IOM", State = ActivityState.Held,
                Summary = "Takime ndërgjegjësuese në Elbasan për parandalimin e fenomenit të fëmijëve të pashoqëruar, kryesisht në Itali.",
                Counts = [new ParticipantCount { Institution = "Shkolla të mesme të Elbasanit", Women = 60, Men = 55 }],
            },
            new Training
            {
                Title = "Trajnimi mbi „Identifikimin dhe referimin e kategorive të cenueshme në flukset migratore”", Kind = TrainingKind.Training,
                StartsOn = new DateOnly(2018, 8, 23), EndsOn = new DateOnly(2018, 8, 23), CountyId = counties["Gjirokastër"], City = "Gjirokastër",
                OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice], Partners = "Komiteti Rajonal Antitrafik, DPPSH, IOM",
                Project = "Ngritja e kapaciteteve dhe mekanizmat për identifikimin dhe mbrojtjen e grupeve vulnerabël migrantë në Ballkanin Perëndimor - FAZA II",
                State = ActivityState.Held,
                Counts = [new ParticipantCount { Institution = "Departamenti për Kufirin dhe Migracionin Gjirokastër, Tryeza Teknike, organizata", Unspecified = 30 }],
            });
        db.AwarenessActivities.AddRange(
            new AwarenessActivity
            {
                Title = "Inaugurimi i instalacionit ndërgjegjësues #UNË JAM SI TI!", StartsOn = new DateOnly(2018, 7, 30), EndsOn = new DateOnly(2018, 7, 30),
                CountyId = counties["Tiranë"], City = "Tiranë", Venue = "Parku „Rinia”",
                Organisers = "Ministria e Brendshme / Zyra e Koordinatorit Kombëtar", Partners = "Të Ndryshëm dhe të Barabartë",
                Description = "Për herë të parë në Shqipëri, një grup vajzash që i kanë mbijetuar trafikimit realizuan fushatën ndërgjegjësuese „UNË JAM SI TI!”.",
            },
            new AwarenessActivity
            {
                Title = "Hapja e fushatës verore „UN GIFT BOX”", StartsOn = new DateOnly(2018, 7, 30), EndsOn = new DateOnly(2018, 8, 1),
                CountyId = counties["Vlorë"], City = "Vlorë",
                Organisers = "Ministria e Brendshme / Zyra e Koordinatorit Kombëtar", Partners = "Rrjeti „URAT”",
                Description = "Në Ditën Ndërkombëtare kundër Trafikimit të Personave u solli për herë të tretë në Shqipëri iniciativa globale e Kombeve të Bashkuara UN GIFT BOX, e hapur për tre ditë.",
            });
        await db.SaveChangesAsync();
    }
}
