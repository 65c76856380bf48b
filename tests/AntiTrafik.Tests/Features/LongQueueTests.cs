using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Features.Home;

namespace AntiTrafik.Tests.Features;

/// <summary>
/// Past <see cref="WorkQueue.Counted"/> rows of one kind a queue stops counting and says "more than": the police of a
/// big city may hold a thousand interviews waiting, and the coordinator's office sees them all nationally.
/// </summary>
public sealed class LongQueueTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task More_than_a_thousand_waiting_are_listed_fifty_and_counted_as_more_than_the_rest()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        await CaseCopies.AddAsync(portal, await CaseForms.RegisterAsync(portal, police, "Emra", "Shumë"), WorkQueue.Counted);

        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        foreach (var (client, kind) in new[] { (coordinator, "IdentificationWaiting"), (police, "JointInterview") })
        {
            var home = await client.GetPageAsync("/");
            Assert.Equal(WorkQueue.Shown, System.Text.RegularExpressions.Regex.Matches(home, $"data-testid=\"queue-item\" data-kind=\"{kind}\"").Count);
            Assert.Contains($"<li data-kind=\"{kind}\">", home);
            Assert.Contains($"dhe mbi {WorkQueue.Counted - WorkQueue.Shown} të tjera", home);
        }
    }
}
