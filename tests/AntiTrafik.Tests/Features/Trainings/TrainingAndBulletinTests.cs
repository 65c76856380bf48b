using System.Net;
using System.Text.RegularExpressions;
using AntiTrafik.Domain.Meetings;
using AntiTrafik.Domain.Trainings;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Trainings;

public sealed class TrainingAndBulletinTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static int _number = 500;

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsExpectedAsync(email);
        return client;
    }

    private async Task<List<KeyValuePair<string, string>>> TrainingFormAsync(string title, string date, string state = "Held") =>
    [
        new("Title", title), new("Kind", "Training"), new("StartsOn", date), new("EndsOn", date), new("State", state), new("City", "Korçë"),
        new("Counts[0].AgencyId", (await Users.AgencyIdAsync(portal, "DVP-KORCE")).ToString()), new("Counts[0].Women", "5"), new("Counts[0].Men", "3"),
        new("Counts[1].Institution", "Shkolla „Raqi Qirinxhi”"), new("Counts[1].Women", "2"), new("Counts[1].Men", "1"), new("Counts[1].Unspecified", "0"),
        new("Participants[0].Name", "Blerina Hoxha"), new("Participants[0].Function", "trajnere"), new("Participants[0].Institution", "ZKKA"),
        new("Participants[1].Email", "shssh.tirane@antitrafik.demo"), new("Version", "0"),
    ];

    private async Task<int> NewBulletinAsync(PortalClient coordinator, string from, string to)
    {
        var number = Interlocked.Increment(ref _number);
        var response = await coordinator.SubmitAsync("/Bulletins/New", [new("Number", number.ToString()), new("PeriodFrom", from), new("PeriodTo", to), new("Introduction", "Hyrje")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Issues a bulletin as the coordinator does: from the page that shows what will be published.</summary>
    private static async Task<HttpResponseMessage> IssueAsync(PortalClient coordinator, int id)
    {
        var confirmation = await coordinator.GetPageAsync($"/Bulletins/{id}/Issue");
        return await coordinator.SubmitAsync($"/Bulletins/{id}/Issue", $"/Bulletins/{id}/Issue", [new("version", PortalClient.Field(confirmation, "version"))]);
    }

    [Fact]
    public async Task Participant_totals_are_computed_from_the_counts_and_the_named_people()
    {
        using var coordinator = await SignedInAsync(Demo.Coordinator);

        var response = await coordinator.SubmitAsync("/Trainings/New", await TrainingFormAsync("Trajnim për totalet", "2029-03-03"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await coordinator.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"participant-total\">13<", page);
        Assert.Contains("Shkolla „Raqi Qirinxhi”", page);
        Assert.Contains("Mirela Dervishi — Drejtoria Rajonale e Shërbimit Social Shtetëror Tiranë", page);
        var linked = await portal.WithDbAsync(db => db.Trainings.Where(t => t.Title == "Trajnim për totalet").SelectMany(t => t.Participants).Where(p => p.UserId != null).Select(p => p.UserId).SingleAsync());
        Assert.Equal(await Users.IdOfAsync(portal, Demo.SocialServiceTirana), linked);
    }

    [Fact]
    public async Task Counts_without_an_institution_or_negative_are_refused_in_Albanian()
    {
        using var coordinator = await SignedInAsync(Demo.Coordinator);

        var response = await coordinator.SubmitAsync("/Trainings/New",
            [new("Title", "Trajnim"), new("Kind", "Training"), new("StartsOn", "2029-03-03"), new("EndsOn", "2029-03-01"), new("State", "Held"), new("Counts[0].Women", "4"), new("Counts[1].Institution", "X"), new("Counts[1].Men", "-2")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tregoni për cilin institucion janë numrat.", html);
        Assert.Contains("Fundi nuk mund të jetë para fillimit.", html);
        Assert.Contains("„Burra” duhet të jetë nga 0 deri në", html);
    }

    [Fact]
    public async Task The_programme_shows_progress_against_its_target_by_county()
    {
        using var caseworker = await SignedInAsync(Demo.PoliceVlora);
        var id = await portal.WithDbAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());

        var page = await caseworker.GetPageAsync($"/Trainings/Programmes/{id}");

        Assert.Contains("76 nga 480 persona të arritur (16%) · 2 trajnime të zhvilluara, 10 të planifikuara", page);
        Assert.Contains("Gjirokastër", page);
        Assert.Contains("13.04.2016", page);
    }

    [Fact]
    public async Task The_bulletin_holds_exactly_the_publishable_items_of_its_period_in_date_order_and_no_case_data()
    {
        using var secretary = await SignedInAsync(Demo.Secretary);
        var ra = await portal.WithDbAsync(db => db.Meetings.Where(m => m.Kind == MeetingKind.ResponsibleAuthority && m.StartsAt.Year == 2018).Select(m => m.Id).SingleAsync());
        var caseNumber = await portal.WithDbAsync(db => db.Cases.OrderBy(c => c.Id).Select(c => c.Number).FirstAsync());
        await secretary.SubmitAsync($"/Meetings/{ra}", $"/Meetings/{ra}/Cases", [new("CaseNumber", caseNumber), new("Decision", "Strehim i menjëhershëm"), new("AmendmentReason", "Rasti u shtua më vonë")]);
        var fier = await portal.WithDbAsync(db => db.Trainings.Where(t => t.City == "Fier" && t.StartsOn.Year == 2018).Select(t => t.Id).SingleAsync());
        await secretary.SubmitAsync("/Trainings", "/Trainings/Publication", [new("target", "Training"), new("id", fier.ToString()), new("notForPublication", "true")]);
        using var coordinator = await SignedInAsync(Demo.Coordinator);

        var id = await NewBulletinAsync(coordinator, "2018-05-01", "2018-08-31");

        var items = await portal.WithDbAsync(db => db.Bulletins.Where(b => b.Id == id).SelectMany(b => b.Items).OrderBy(i => i.Order).ToListAsync());
        Assert.Equal(items.Select(i => i.Date).Order(), items.Select(i => i.Date));
        Assert.Equal(
            ["Takim i Mekanizmit Kombëtar të Referimit", "Takimi i Autoritetit Përgjegjës", "Trajnim mbi „Të drejtat e viktimave të veprës penale”",
             "Përmirësimi i sistemit të mbrojtjes së fëmijëve të shfrytëzuar për punë në vendet fqinje",
             "Takime informuese për parandalimin e fenomenit të fëmijëve të pashoqëruar",
             "Punonjësit e pushtetit vendor vënë në lëvizje mekanizmat kundër trafikimit të personave dhe dhunës ndaj grave",
             "Përmirësimi i sistemit të mbrojtjes së fëmijëve të shfrytëzuar për punë në vendet fqinje",
             "Inaugurimi i instalacionit ndërgjegjësues #UNË JAM SI TI!", "Hapja e fushatës verore „UN GIFT BOX”",
             "Takim i Mekanizmit Kombëtar të Referimit", "Trajnimi mbi „Identifikimin dhe referimin e kategorive të cenueshme në flukset migratore”"],
            items.Select(i => i.Title));
        Assert.DoesNotContain(items, i => i.Source == BulletinSource.Training && i.SourceId == fier);
        var page = await coordinator.GetPageAsync($"/Bulletins/{id}/Print");
        Assert.Contains("Buletin Informativ", page);
        Assert.DoesNotContain(caseNumber, page);
        Assert.DoesNotContain("Strehim i menjëhershëm", page);
        Assert.Contains("Takimi i Autoritetit Përgjegjës u zhvillua.", page);
    }

    [Fact]
    public async Task An_issued_bulletin_does_not_change_when_its_records_change_later()
    {
        using var coordinator = await SignedInAsync(Demo.Coordinator);
        var created = await coordinator.SubmitAsync("/Trainings/New", await TrainingFormAsync("Titulli i parë", "2027-01-15"));
        var trainingId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var id = await NewBulletinAsync(coordinator, "2027-01-01", "2027-01-31");
        var version = PortalClient.Field(await coordinator.GetPageAsync($"/Bulletins/{id}"), "Version");
        var itemId = await portal.WithDbAsync(db => db.Bulletins.Where(b => b.Id == id).SelectMany(b => b.Items).Select(i => i.Id).SingleAsync());
        await coordinator.SubmitAsync($"/Bulletins/{id}", $"/Bulletins/{id}/Edit", [new("Introduction", "Hyrja e re"), new($"Summaries[{itemId}]", "Përmbledhje e redaktuar"), new("Version", version)]);
        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(coordinator, id)).StatusCode);

        var form = await TrainingFormAsync("Titulli i ndryshuar", "2027-01-15");
        form[^1] = new("Version", PortalClient.Field(await coordinator.GetPageAsync($"/Trainings/{trainingId}/Edit"), "Version"));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/Trainings/{trainingId}/Edit", form)).StatusCode);
        await coordinator.SubmitAsync($"/Bulletins/{id}", $"/Bulletins/{id}/Regenerate", []);
        // Refused, the page comes back with why (what was typed stays in the drafts: the issued bulletin has no form).
        var refused = await coordinator.SubmitAsync($"/Bulletins/{id}", $"/Bulletins/{id}/Edit", [new("Introduction", "Ndryshim pas botimit"), new("Version", version)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Një buletin i botuar nuk ndryshon.", await refused.Content.ReadAsStringAsync());

        var page = await coordinator.GetPageAsync($"/Bulletins/{id}");
        Assert.Contains("Titulli i parë", page);
        Assert.DoesNotContain("Titulli i ndryshuar", page);
        Assert.Contains("Përmbledhje e redaktuar", page);
        Assert.Contains("Hyrja e re", page);
        Assert.DoesNotContain("Ndryshim pas botimit", page);
    }

    [Fact]
    public async Task The_coordinator_plans_everyone_reads_issued_bulletins_and_only_drafters_see_drafts()
    {
        using var caseworker = await SignedInAsync(Demo.ShelterTdb);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/Trainings/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.SubmitAsync("/Trainings", "/Trainings/New", await TrainingFormAsync("Jo", "2029-01-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/Bulletins/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.SubmitAsync("/Trainings", "/Trainings/Publication", [new("target", "Training"), new("id", "1"), new("notForPublication", "true")])).StatusCode);
        Assert.Contains("Trajnim mbi „Të drejtat e viktimave të veprës penale”", await caseworker.GetPageAsync("/Trainings"));

        using var coordinator = await SignedInAsync(Demo.Coordinator);
        var draft = await NewBulletinAsync(coordinator, "2016-02-01", "2016-02-28");
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/Bulletins/{draft}")).StatusCode);
        await IssueAsync(coordinator, draft);
        var issued = await caseworker.GetPageAsync($"/Bulletins/{draft}");
        Assert.Contains("Lezhë", issued);
        Assert.DoesNotContain("bulletin-edit", issued);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.SubmitAsync($"/Bulletins/{draft}", $"/Bulletins/{draft}/Regenerate", [])).StatusCode);
    }
}
