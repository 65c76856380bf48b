using System.Globalization;
using System.Net;
using System.Text;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>
/// The justice track at /Cases/{id}/Justice: proceedings, compensation and non-punishment, seen by the case's police, the
/// lead and the coordinator's office, not by an institution that only received a referral; file numbers encrypted.
/// </summary>
public sealed class JusticeTrackTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private string Day(int days) => DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private KeyValuePair<string, string>[] Proceeding(string policeFile, string outcome = "Pending", string sentence = "", string requalified = "") =>
    [
        new("Version", "0"), new("ReportedOn", Day(-30)), new("PoliceFile", policeFile), new("ProsecutionOffice", "Prokuroria e Tiranës"),
        new("ProsecutionFile", "PR-" + policeFile), new("Court", ""), new("CourtFile", ""), new("Charge", "TraffickingOfAdults"),
        new("RequalifiedTo", requalified), new("Role", "InjuredPartyAndWitness"), new("Protection", "TestimonyByVideo"), new("Protection", "ClosedHearing"),
        new("Stage", "Prosecution"), new("Outcome", outcome), new("SentenceMonths", sentence), new("HearingOn", Day(-2)), new("HearingNote", "Dëshmoi me video"),
    ];

    [Fact]
    public async Task The_police_and_the_lead_keep_the_track_the_coordinator_reads_it_and_a_serving_shelter_does_not()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Vera", "Gjykata" + Guid.NewGuid().ToString("N")[..5]);
        var file = "DP-" + Guid.NewGuid().ToString("N")[..8];

        var saved = await police.SubmitAsync($"/Cases/{id}/Justice/Proceedings/New", Proceeding(file, requalified: "ExploitationOfProstitution"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await police.GetPageAsync($"/Cases/{id}/Justice");
        Assert.Contains(file, page);
        Assert.Contains("Dëshmoi me video", page);
        Assert.Contains("data-testid=\"requalified\"", page);

        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Justice/Compensation/New",
            [new("Source", "StateFund"), new("ClaimedOn", Day(-1)), new("AmountClaimed", "500000"), new("AmountAwarded", "300000"), new("AmountPaid", "100000")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Justice/NonPunishment/New",
            [new("Offence", "Kalim i paligjshëm i kufirit"), new("ChargedOn", Day(-40)), new("Outcome", "NotProsecuted")])).StatusCode);
        page = await police.GetPageAsync($"/Cases/{id}/Justice");
        Assert.Contains("data-testid=\"compensation-row\"", page);
        Assert.Contains("Kalim i paligjshëm i kufirit", page);

        // The shelter serving a referral sees the case, not its justice track, nor the tab to it.
        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        var referral = await ReferralSteps.SentAsync(portal, police, id, "TDB");
        await ReferralSteps.StepAsync(portal, shelter, referral, "Accept");
        Assert.DoesNotContain($"/Cases/{id}/Justice", await shelter.GetPageAsync($"/Cases/{id}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await shelter.GetAsync($"/Cases/{id}/Justice")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shelter.GetAsync($"/Cases/{id}/Justice/Proceedings/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shelter.SubmitAsync($"/Cases/{id}", $"/Cases/{id}/Justice/Proceedings/New", Proceeding("X"))).StatusCode);

        using var vlora = await portal.SignedInClientAsync(Demo.PoliceVlora);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.GetAsync($"/Cases/{id}/Justice")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vlora.SubmitAsync("/", $"/Cases/{id}/Justice/Proceedings/New", Proceeding("X"))).StatusCode);

        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var seen = await coordinator.GetPageAsync($"/Cases/{id}/Justice");
        Assert.Contains("Trafikimi i të rriturve (neni 110/a)", seen);
        Assert.DoesNotContain(file, seen);
        Assert.DoesNotContain("Kalim i paligjshëm i kufirit", seen);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/Cases/{id}/Justice/Proceedings/New")).StatusCode);

        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
        var bytes = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(portal.DatabasePath));
        Assert.DoesNotContain(file, bytes);
        Assert.DoesNotContain("Kalim i paligjshëm i kufirit", bytes);
    }

    [Fact]
    public async Task A_sentence_without_a_conviction_and_more_paid_than_awarded_are_refused_with_what_was_typed_kept()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Dea", "Gabim" + Guid.NewGuid().ToString("N")[..5]);

        var proceeding = await police.SubmitAsync($"/Cases/{id}/Justice/Proceedings/New", Proceeding("DP-ruajtur", "Pending", "24"));
        Assert.Equal(HttpStatusCode.OK, proceeding.StatusCode);
        var page = await proceeding.Content.ReadAsStringAsync();
        Assert.Contains("Dënimi regjistrohet vetëm kur ka vendim fajësie.", page);
        Assert.Contains("DP-ruajtur", page);

        var compensation = await police.SubmitAsync($"/Cases/{id}/Justice/Compensation/New",
            [new("Source", "Trafficker"), new("ClaimedOn", Day(-1)), new("AmountClaimed", "1000"), new("AmountAwarded", "500"), new("AmountPaid", "900")]);
        Assert.Equal(HttpStatusCode.OK, compensation.StatusCode);
        Assert.Contains("Shuma e paguar nuk mund të jetë më e madhe se shuma e akorduar.", await compensation.Content.ReadAsStringAsync());
        Assert.False(await portal.WithDbAsync(db => db.Proceedings.AnyAsync(p => p.CaseId == id)));

        // Convicted with a sentence: kept, and updating it adds a hearing without losing the first.
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Justice/Proceedings/New", Proceeding("DP-1", "Convicted", "96"))).StatusCode);
        var saved = await portal.WithDbAsync(db => db.Proceedings.AsNoTracking().SingleAsync(p => p.CaseId == id));
        var update = Proceeding("DP-1", "Convicted", "96").Select(f => f.Key switch
        {
            "Version" => new KeyValuePair<string, string>("Version", saved.Version.ToString(CultureInfo.InvariantCulture)),
            "HearingOn" => new("HearingOn", Day(-1)),
            "HearingNote" => new("HearingNote", "Shpallja e vendimit"),
            _ => f,
        }).ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Justice/Proceedings/{saved.Id}", update)).StatusCode);
        Assert.Equal(2, await portal.WithDbAsync(db => db.Proceedings.Where(p => p.CaseId == id).SelectMany(p => p.Hearings).CountAsync()));
        // The same stale version again is refused: nobody's change is silently overwritten.
        Assert.Equal(HttpStatusCode.OK, (await police.SubmitAsync($"/Cases/{id}/Justice/Proceedings/{saved.Id}", update)).StatusCode);
    }
}
