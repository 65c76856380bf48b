using System.Globalization;
using AntiTrafik.Data;
using AntiTrafik.Domain;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Tests.Infrastructure;

/// <summary>The one place where a save over a newer version becomes a refusal the user reads, never an exception.</summary>
public sealed class ConcurrencyRefusalTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<int> NewAgencyAsync() =>
        await portal.WithDbAsync(async db =>
        {
            var agency = new Agency { Code = "KONK-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), Name = "Konkurrenca " + Guid.NewGuid().ToString("N")[..6], Kind = AgencyKind.Ngo };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            return agency.Id;
        });

    [Fact]
    public async Task The_first_save_is_done_and_the_second_over_the_same_version_is_refused_with_the_message()
    {
        var id = await NewAgencyAsync();
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("sq");
        try
        {
            await using var first = portal.Services.CreateAsyncScope();
            await using var second = portal.Services.CreateAsyncScope();
            var l = first.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
            var dbA = first.ServiceProvider.GetRequiredService<AppDbContext>();
            var dbB = second.ServiceProvider.GetRequiredService<AppDbContext>();
            var a = await dbA.Agencies.SingleAsync(x => x.Id == id);
            var b = await dbB.Agencies.SingleAsync(x => x.Id == id);

            a.Name += " A";
            var done = await dbA.SaveOrRefuseAsync(l);
            b.Name += " B";
            var refused = await dbB.SaveOrRefuseAsync(l);

            Assert.Equal(CommandStatus.Done, done.Status);
            Assert.Equal(CommandStatus.Refused, refused.Status);
            Assert.Contains("Dikush tjetër e ndryshoi këtë regjistrim", refused.Message);
            Assert.EndsWith(" A", await portal.WithDbAsync(db => db.Agencies.Where(x => x.Id == id).Select(x => x.Name).SingleAsync()));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task A_command_may_say_itself_what_changed_meanwhile()
    {
        var id = await NewAgencyAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var agency = await db.Agencies.SingleAsync(x => x.Id == id);
        // The form was opened before someone else's save.
        db.Entry(agency).Property(x => x.Version).OriginalValue = agency.Version - 1;
        agency.Name += " C";

        var result = await db.SaveOrRefuseAsync(() => Task.FromResult(CommandResult.Refused("it is now something else")));

        Assert.Equal(CommandStatus.Refused, result.Status);
        Assert.Equal("it is now something else", result.Message);
    }
}
