using AntiTrafik.Data;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data.Seeding;

/// <summary>
/// The meetings of the coordinator's bulletin Nr. 16 (May–August 2018), with their places, participants and
/// topics, a few actions (one still open, so it follows the MKR to its August meeting), and one MKR meeting
/// planned for next month. Demo mode only, once.
/// </summary>
public sealed class DemoMeetings(AppDbContext db, TimeProvider clock)
{
    public async Task SeedAsync()
    {
        if (await db.Meetings.AnyAsync())
        {
            return;
        }

        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id, StringComparer.Ordinal);
        var counties = await db.Counties.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Id, StringComparer.Ordinal);
        db.Meetings.AddRange(
            MkrMay(agencies),
            ResponsibleAuthority(agencies),
            KukesCommittee(agencies, counties),
            ShkoderCommittee(agencies, counties),
            InformationMeeting(agencies),
            MkrAugust(agencies),
            NextMkr(agencies));
        await db.SaveChangesAsync();
    }

    private static Meeting MkrMay(IReadOnlyDictionary<string, int> agencies)
    {
        var mkrMay = new Meeting
        {
            Title = "Takim i Mekanizmit Kombëtar të Referimit",
            Kind = MeetingKind.Mkr,
            StartsAt = At(2018, 5, 14),
            City = "Tiranë",
            Venue = "Ministria e Brendshme",
            OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice],
            Partners = "Ambasada Angleze, IOM, World Vision, ARSIS",
        };
        mkrMay.Agencies.AddRange(Present(agencies, "MEPJ", "MSHMS", "DPPSH", "SHSSH", "ASHMDF", "IOM", "WV", "ARSIS", "KKSA"));
        mkrMay.Participants.AddRange(
        [
            new Participant { Name = "Artemis Dralo", Function = "Zëvendësministre", Institution = "Ministria për Evropën dhe Punët e Jashtme", IsPublicOfficial = true },
            new Participant { Name = "Ardiana Jaku", Function = "Zëvendësministre", Institution = "Ministria e Shëndetësisë dhe Mbrojtjes Sociale", IsPublicOfficial = true },
        ]);
        mkrMay.Agenda.AddRange(
        [
            new AgendaItem { Order = 1, Title = "Krijimi i Bordit Këshillimor të Viktimave të Trafikimit dhe termat e tij të referencës", Decisions = "ZKKA përgatit projektin e termave të referencës." },
            new AgendaItem { Order = 2, Title = "Rekomandimet e Progres Raportit të BE-së" },
            new AgendaItem { Order = 3, Title = "Sugjerime dhe komente mbi Planin Kombëtar të Veprimit 2018–2020" },
            new AgendaItem { Order = 4, Title = "Kalendari i aktiviteteve ndërgjegjësuese verore" },
        ]);
        mkrMay.Actions.Add(new ActionItem { Description = "Dërgo komentet mbi Planin Kombëtar të Veprimit 2018–2020", ResponsibleAgencyId = agencies["SHSSH"], DueOn = new DateOnly(2018, 6, 15) });
        mkrMay.Actions.Add(new ActionItem { Description = "Përgatit termat e referencës së Bordit Këshillimor", ResponsibleAgencyId = agencies[AgencyCatalog.CoordinatorOffice], DueOn = new DateOnly(2018, 7, 31), State = ActionState.Done, Note = "Diskutuar në takimin e 6 gushtit." });
        Approve(mkrMay);
        return mkrMay;
    }

    private static Meeting ResponsibleAuthority(IReadOnlyDictionary<string, int> agencies)
    {
        var ra = new Meeting
        {
            Title = "Takimi i Autoritetit Përgjegjës",
            Kind = MeetingKind.ResponsibleAuthority,
            StartsAt = At(2018, 5, 14, 14),
            City = "Tiranë",
            OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice],
        };
        ra.Agencies.AddRange(Present(agencies, "DPPSH", "SHSSH", "ASHMDF", "KKSA", "TDB"));
        ra.Agenda.Add(new AgendaItem { Order = 1, Title = "Rasti i referuar nga organizata „Të Ndryshëm dhe të Barabartë”", Minutes = "U diskutuan problematikat e hasura mbi rastin.", Decisions = "Pjesëmarrësit lanë detyra për marrje masash." });
        ra.Actions.Add(new ActionItem { Description = "Vlerësim i nevojave për strehim dhe mbështetje psikologjike", ResponsibleAgencyId = agencies[AgencyCatalog.ShelterDifferentAndEqual], DueOn = new DateOnly(2018, 5, 28), State = ActionState.Done });
        Approve(ra);
        return ra;
    }

    private static Meeting KukesCommittee(IReadOnlyDictionary<string, int> agencies, IReadOnlyDictionary<string, int> counties)
    {
        var kukes = new Meeting
        {
            Title = "Përmirësimi i sistemit të mbrojtjes së fëmijëve të shfrytëzuar për punë në vendet fqinje",
            Kind = MeetingKind.RegionalCommittee,
            StartsAt = At(2018, 5, 30),
            CountyId = counties["Kukës"],
            City = "Kukës",
            OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice],
            Partners = "Caritas Shqiptar, Ministria e Shëndetësisë dhe Mbrojtjes Sociale, Policia e Kufirit dhe Migracionit",
        };
        kukes.Agencies.AddRange(Present(agencies, AgencyCatalog.ChildRightsAgency, "PKM", "DVP-KUKES", "SHSSH-KUKES", "KQ-KUKES", "NJMF-KUKES", "CARITAS"));
        kukes.Agenda.Add(new AgendaItem { Order = 1, Title = "Projekti „Fuqizimi i kapaciteteve të institucioneve shtetërore në mbrojtje të fëmijëve që shfrytëzohen për punë në vendet fqinje”" });
        Approve(kukes);
        return kukes;
    }

    private static Meeting ShkoderCommittee(IReadOnlyDictionary<string, int> agencies, IReadOnlyDictionary<string, int> counties)
    {
        var shkoder = new Meeting
        {
            Title = "Përmirësimi i sistemit të mbrojtjes së fëmijëve të shfrytëzuar për punë në vendet fqinje",
            Kind = MeetingKind.RegionalCommittee,
            StartsAt = At(2018, 6, 27),
            CountyId = counties["Shkodër"],
            City = "Shkodër",
            OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice],
            Partners = "Caritas Shqiptar; delegacion i Republikës së Malit të Zi",
        };
        shkoder.Agencies.AddRange(Present(agencies, AgencyCatalog.ChildRightsAgency, "PKM", "DVP-SHKODER", "SHSSH-SHKODER", "KQ-SHKODER", "NJMF-SHKODER", "CARITAS"));
        shkoder.Participants.Add(new Participant { Name = "Koordinatori Nacional i Malit të Zi", Function = "Koordinator Nacional", Institution = "Mali i Zi", IsPublicOfficial = true });
        shkoder.Agenda.Add(new AgendaItem { Order = 1, Title = "Bashkëpunimi ndërkufitar për fëmijët e shfrytëzuar për punë" });
        Approve(shkoder);
        return shkoder;
    }

    private static Meeting InformationMeeting(IReadOnlyDictionary<string, int> agencies)
    {
        var info = new Meeting
        {
            Title = "Punonjësit e pushtetit vendor vënë në lëvizje mekanizmat kundër trafikimit të personave dhe dhunës ndaj grave",
            Kind = MeetingKind.InformationMeeting,
            StartsAt = At(2018, 6, 25),
            City = "Tiranë",
            Venue = "Ministria e Brendshme",
            OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice],
            HeadCount = 45,
        };
        info.Agencies.AddRange(Present(agencies, "DVP-TIRANE", "DVP-DURRES", "DVP-ELBASAN", "SHSSH-TIRANE", "SHSSH-DURRES", "SHSSH-ELBASAN"));
        info.Agenda.Add(new AgendaItem { Order = 1, Title = "Roli i tryezave teknike në identifikimin dhe referimin e rasteve" });
        Approve(info);
        return info;
    }

    private static Meeting MkrAugust(IReadOnlyDictionary<string, int> agencies)
    {
        var mkrAugust = new Meeting
        {
            Title = "Takim i Mekanizmit Kombëtar të Referimit",
            Kind = MeetingKind.Mkr,
            StartsAt = At(2018, 8, 6),
            City = "Tiranë",
            Venue = "Ministria e Brendshme",
            OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice],
        };
        mkrAugust.Agencies.AddRange(Present(agencies, "MSHMS", "DPPSH", "SHSSH", "ASHMDF", "IOM", "KKSA"));
        mkrAugust.Participants.Add(new Participant { Name = "Ardiana Jaku", Function = "Zëvendësministre", Institution = "Ministria e Shëndetësisë dhe Mbrojtjes Sociale", IsPublicOfficial = true });
        mkrAugust.Agenda.AddRange(
        [
            new AgendaItem { Order = 1, Title = "Termat e referencës së Bordit Këshillimor të Viktimave të Trafikimit" },
            new AgendaItem { Order = 2, Title = "Rekomandimet e TIP Raportit të Departamentit të Shtetit" },
            new AgendaItem { Order = 3, Title = "Kalendari i aktiviteteve të Muajit Antitrafik" },
        ]);
        mkrAugust.MoveTo(MeetingState.Held, mkrAugust.StartsAt);
        return mkrAugust;
    }

    private Meeting NextMkr(IReadOnlyDictionary<string, int> agencies)
    {
        var today = PortalTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        var next = new Meeting
        {
            Title = "Takim i Mekanizmit Kombëtar të Referimit",
            Kind = MeetingKind.Mkr,
            StartsAt = PortalTime.ToUtc(new DateTime(today.Year, today.Month, 1).AddMonths(1).AddDays(9).AddHours(10)),
            City = "Tiranë",
            Venue = "Ministria e Brendshme",
            OrganiserAgencyId = agencies[AgencyCatalog.CoordinatorOffice],
        };
        next.Agenda.Add(new AgendaItem { Order = 1, Title = "Ndjekja e veprimeve të mbetura të hapura" });
        return next;
    }

    private static List<MeetingAttendance> Present(IReadOnlyDictionary<string, int> agencies, params string[] codes) =>
        codes.Select(c => new MeetingAttendance { AgencyId = agencies[c] }).ToList();

    private static DateTime At(int year, int month, int day, int hour = 10) => PortalTime.ToUtc(new DateTime(year, month, day, hour, 0, 0));

    private static void Approve(Meeting meeting)
    {
        meeting.MoveTo(MeetingState.Held, meeting.StartsAt);
        meeting.MoveTo(MeetingState.Circulated, meeting.StartsAt.AddDays(3));
        meeting.MoveTo(MeetingState.Approved, meeting.StartsAt.AddDays(10));
    }
}
