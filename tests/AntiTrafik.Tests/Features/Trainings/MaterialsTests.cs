using System.Net;
using System.Text;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Trainings;

/// <summary>Training files: checked by extension, declared type and first bytes; stored outside the web root under generated names; always downloaded as attachments.</summary>
public sealed class MaterialsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(PortalClient Coordinator, int Training)> CoordinatorAsync()
    {
        var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsExpectedAsync(Demo.Coordinator);
        var training = await portal.WithDbAsync(db => db.Trainings.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        return (coordinator, training);
    }

    [Fact]
    public async Task A_pdf_is_stored_under_a_generated_name_outside_the_web_root_and_downloaded_as_an_attachment()
    {
        var (coordinator, training) = await CoordinatorAsync();
        using var _ = coordinator;
        var name = "Moduli <script>1\u202Efdp.exe" + ".pdf";
        var response = await MaterialUploads.UploadAsync(coordinator, training, "../../" + name, "application/pdf", MaterialUploads.Pdf);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var material = await portal.WithDbAsync(db => db.TrainingMaterials.OrderByDescending(m => m.Id).FirstAsync());
        Assert.Equal("Moduli <script>1fdp.exe.pdf", material.FileName);
        Assert.Matches("^[0-9a-f]{32}$", material.StoredName);
        var stored = Directory.GetFiles(Path.GetDirectoryName(portal.DatabasePath)!, material.StoredName, SearchOption.AllDirectories).Single();
        Assert.DoesNotContain("wwwroot", stored);
        Assert.Equal(MaterialUploads.Pdf, await File.ReadAllBytesAsync(stored));

        // The page shows the name as text; anyone signed in downloads it, always as an attachment.
        var page = await coordinator.GetPageAsync($"/Trainings/{training}");
        Assert.Contains("Moduli &lt;script&gt;1fdp.exe.pdf", page);
        using var police = portal.CreatePortalClient();
        await police.SignInAsExpectedAsync(Demo.PoliceVlora);
        var download = await police.GetAsync($"/Trainings/Materials/{material.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(MaterialUploads.Pdf, await download.Content.ReadAsByteArrayAsync());

        // Removing it deletes the file too.
        var removed = await coordinator.SubmitAsync($"/Trainings/{training}", $"/Trainings/Materials/{material.Id}/Delete", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(File.Exists(stored));
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/Trainings/Materials/{material.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("program.pdf", "application/pdf", "MZ\u0090\u0000 executable")]
    [InlineData("faqe.html", "text/html", "<html><script>alert(1)</script></html>")]
    [InlineData("foto.png", "image/png", "%PDF-1.7 not a png")]
    [InlineData("raport.pdf", "text/html", "%PDF-1.7 declared as html")]
    [InlineData("bosh.pdf", "application/pdf", "")]
    public async Task A_file_that_is_not_what_it_says_is_refused_with_a_message_and_nothing_is_stored(string fileName, string contentType, string content)
    {
        var (coordinator, training) = await CoordinatorAsync();
        using var _ = coordinator;
        var before = await portal.WithDbAsync(db => db.TrainingMaterials.CountAsync());
        var response = await MaterialUploads.UploadAsync(coordinator, training, fileName, contentType, Encoding.Latin1.GetBytes(content));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await coordinator.GetPageAsync($"/Trainings/{training}");
        Assert.Contains("data-testid=\"problem\"", page);
        Assert.True(page.Contains("Mund të ngarkohen vetëm skedarë", StringComparison.Ordinal) || page.Contains("nga 1 bajt deri në 10 MB", StringComparison.Ordinal), page);
        Assert.Equal(before, await portal.WithDbAsync(db => db.TrainingMaterials.CountAsync()));
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused_with_a_message()
    {
        var (coordinator, training) = await CoordinatorAsync();
        using var _ = coordinator;
        var big = new byte[10 * 1024 * 1024 + 10];
        MaterialUploads.Pdf.CopyTo(big, 0);
        var response = await MaterialUploads.UploadAsync(coordinator, training, "shume-i-madh.pdf", "application/pdf", big);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("nga 1 bajt deri në 10 MB", await coordinator.GetPageAsync($"/Trainings/{training}"));
    }

    [Fact]
    public async Task An_upload_larger_than_the_request_limit_answers_413_with_the_portals_own_page()
    {
        var (coordinator, training) = await CoordinatorAsync();
        using var _ = coordinator;
        var before = await portal.WithDbAsync(db => db.TrainingMaterials.CountAsync());
        var huge = new byte[12 * 1024 * 1024];
        MaterialUploads.Pdf.CopyTo(huge, 0);
        var response = await MaterialUploads.UploadAsync(coordinator, training, "shume-shume-i-madh.pdf", "application/pdf", huge);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Skedari është shumë i madh", page);
        Assert.Contains("<html lang=\"sq\"", page);
        Assert.Equal(before, await portal.WithDbAsync(db => db.TrainingMaterials.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/Trainings/{training}")).StatusCode);
    }

    [Fact]
    public async Task Only_the_coordinators_office_uploads()
    {
        var training = await portal.WithDbAsync(db => db.Trainings.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        using var secretary = portal.CreatePortalClient();
        await secretary.SignInAsExpectedAsync(Demo.Secretary);
        var response = await MaterialUploads.UploadAsync(secretary, training, "x.pdf", "application/pdf", MaterialUploads.Pdf);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
