using System.Net;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Administration;

public sealed class AgenciesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static List<KeyValuePair<string, string>> Form(string code, string name, string version = "0", string kind = "Ngo", string county = "") =>
        [new("Code", code), new("Name", name), new("Abbreviation", ""), new("Kind", kind), new("CountyId", county), new("IsActive", "true"), new("Version", version)];

    [Fact]
    public async Task The_administrator_adds_an_institution_and_everyone_finds_it_in_the_directory()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var code = "NGO-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var response = await admin.SubmitAsync("/Agencies/Create", Form(code, $"Qendra Shpresa {code}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var caseworker = portal.CreatePortalClient();
        await caseworker.SignInAsExpectedAsync(Demo.PoliceTirana);
        Assert.Contains($"Qendra Shpresa {code}", await caseworker.GetPageAsync($"/Agencies?Search={code}"));
    }

    [Fact]
    public async Task Hostile_text_is_stored_as_typed_and_shown_harmlessly()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var code = "XSS-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var hostile = $"<script>alert('{code}')</script>";

        await admin.SubmitAsync("/Agencies/Create", Form(code, hostile));

        Assert.Equal(hostile, await portal.WithDbAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Name).SingleAsync()));
        var html = await admin.GetPageAsync($"/Agencies?Search={code}");
        Assert.DoesNotContain(hostile, html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Nonsense_in_number_and_choice_fields_gets_Albanian_messages_not_an_error_page()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);

        var response = await admin.SubmitAsync("/Agencies/Create",
            [new("Code", "ok-code"), new("Name", "Emër"), new("Kind", "Spaceship"), new("CountyId", "abc"), new("Version", "x"), new("IsActive", "maybe")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Vlera nuk është e vlefshme për „Qarku”.", html);
        Assert.Contains("Vlera nuk është e vlefshme për „Lloji”.", html);
        Assert.Equal("Emër", PortalClient.Field(html, "Name"));
    }

    [Fact]
    public async Task A_duplicate_code_is_refused_and_nothing_is_saved()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var before = await portal.WithDbAsync(db => db.Agencies.CountAsync());

        var response = await admin.SubmitAsync("/Agencies/Create", Form("dvp-tirane", "Një tjetër drejtori"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ky kod i përket tashmë një institucioni tjetër.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await portal.WithDbAsync(db => db.Agencies.CountAsync()));
    }

    [Fact]
    public async Task A_second_save_of_an_outdated_form_conflicts_and_keeps_both_the_first_save_and_what_was_typed()
    {
        using var first = portal.CreatePortalClient();
        using var second = portal.CreatePortalClient();
        await first.SignInAsExpectedAsync(Demo.Admin);
        await second.SignInAsExpectedAsync(Demo.Admin);
        var code = "CC-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await first.SubmitAsync("/Agencies/Create", Form(code, $"Organizata {code}"));
        var id = await portal.WithDbAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());
        var version = PortalClient.Field(await first.GetPageAsync($"/Agencies/Edit/{id}"), "Version");
        Assert.Equal(version, PortalClient.Field(await second.GetPageAsync($"/Agencies/Edit/{id}"), "Version"));

        var saved = await first.SubmitAsync($"/Agencies/Edit/{id}", Form(code, "Emri nga i pari", version));
        var conflict = await second.SubmitAsync($"/Agencies/Edit/{id}", Form(code, "Emri nga i dyti", version));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Dikush tjetër e ndryshoi këtë regjistrim", html);
        Assert.Equal("Emri nga i dyti", PortalClient.Field(html, "Name"));
        Assert.Equal("Emri nga i pari", await portal.WithDbAsync(db => db.Agencies.Where(a => a.Id == id).Select(a => a.Name).SingleAsync()));
    }

    [Fact]
    public async Task Saving_stamps_who_changed_the_institution_and_raises_its_version()
    {
        using var admin = portal.CreatePortalClient();
        await admin.SignInAsExpectedAsync(Demo.Admin);
        var code = "ST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await admin.SubmitAsync("/Agencies/Create", Form(code, $"Stamp {code}"));
        var id = await portal.WithDbAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

        await admin.SubmitAsync($"/Agencies/Edit/{id}", Form(code, $"Stamp {code} 2", "1"));

        var adminId = await Users.IdOfAsync(portal, Demo.Admin);
        var row = await portal.WithDbAsync(db => db.Agencies.SingleAsync(a => a.Id == id));
        Assert.Equal(2, row.Version);
        Assert.Equal(adminId, row.CreatedById);
        Assert.Equal(adminId, row.UpdatedById);
        Assert.NotNull(row.UpdatedAt);
    }
}
