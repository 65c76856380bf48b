using System.Text;
using System.Text.RegularExpressions;
using AntiTrafik.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiTrafik.Tests.Browser;

/// <summary>The lead institution adds a document to a case with the form, sees it listed, and a disguised file is refused where the person looks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseDocumentsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_lead_adds_a_document_with_the_form_and_sees_it_listed_on_an_accessible_page()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        var (_, caseUrl) = await CaseWorkspaceBrowserTests.RegisterAsync(police, "Elona", "Dosja");

        await police.GetByTestId("case-sections").GetByRole(AriaRole.Link, new() { Name = "Dokumentet" }).ClickAsync();
        await Expect(police).ToHaveURLAsync(new Regex(Regex.Escape(caseUrl) + "/Documents$"));
        await Expect(police.GetByTestId("no-documents")).ToBeVisibleAsync();
        await police.ExpectAccessibleAsync();

        // A page of HTML dressed as a picture: refused beside the field, and what was typed stays.
        var form = police.GetByTestId("upload-form");
        await form.GetByLabel("Lloji i dokumentit").SelectOptionAsync(new SelectOptionValue { Label = "Raport mjekësor" });
        await form.GetByLabel("Përshkrim i shkurtër").FillAsync("Raporti i vizitës së parë");
        await form.GetByLabel("Skedari", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "foto.png", MimeType = "image/png", Buffer = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"),
        });
        await form.GetByRole(AriaRole.Button, new() { Name = "Shto dokumentin" }).ClickAsync();
        var summary = police.GetByTestId("form-errors");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToContainTextAsync("Mund të shtohen vetëm skedarë PDF, PNG, JPEG ose Word (.docx).");
        await Expect(police.GetByTestId("upload-form").GetByLabel("Përshkrim i shkurtër")).ToHaveValueAsync("Raporti i vizitës së parë");
        await police.ExpectAccessibleAsync();

        form = police.GetByTestId("upload-form");
        await form.GetByLabel("Skedari", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "raporti-i-vizites.pdf", MimeType = "application/pdf", Buffer = DocumentUploads.Pdf("Elona Dosja"),
        });
        await form.GetByRole(AriaRole.Button, new() { Name = "Shto dokumentin" }).ClickAsync();

        await Expect(police.GetByRole(AriaRole.Status)).ToContainTextAsync("Dokumenti u shtua.");
        var documents = police.GetByTestId("documents");
        await Expect(documents).ToContainTextAsync("Raport mjekësor");
        await Expect(documents).ToContainTextAsync("Raporti i vizitës së parë");
        await Expect(documents.GetByRole(AriaRole.Link, new() { Name = "raporti-i-vizites.pdf", Exact = true })).ToBeVisibleAsync();
        await police.ExpectAccessibleAsync();

        // The link downloads it (an attachment, never shown in the page).
        var download = await police.RunAndWaitForDownloadAsync(() => documents.GetByRole(AriaRole.Link, new() { Name = "raporti-i-vizites.pdf", Exact = true }).ClickAsync());
        Assert.Equal("raporti-i-vizites.pdf", download.SuggestedFilename);

        await police.Context.CloseAsync();
    }

    /// <summary>
    /// On Kestrel itself, a body sent without a length (chunked) is stopped by the server at the configured limit, not
    /// read to its end: the server's own limit gives the same 413 page. (The test server has no such limit; there the
    /// portal answers from the request's declared length.)
    /// </summary>
    [Fact]
    public async Task Kestrel_stops_a_chunked_upload_over_the_limit_with_the_portals_413_page()
    {
        var police = await browser.NewPageAsync();
        await police.SignInAsync(Demo.PoliceTirana);
        var (_, caseUrl) = await CaseWorkspaceBrowserTests.RegisterAsync(police, "Elona", "Kufiri");
        await police.GotoAsync(caseUrl + "/Documents");
        var token = await police.Locator("[data-testid=upload-form] input[name=__RequestVerificationToken]").GetAttributeAsync("value");
        var cookies = string.Join("; ", (await police.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));

        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token!), "__RequestVerificationToken" },
            { new StringContent("MedicalReport"), "Kind" },
        };
        var huge = new byte[11 * 1024 * 1024];
        DocumentUploads.Pdf("x").CopyTo(huge, 0);
        var file = new ByteArrayContent(huge);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "File", "shume-i-madh.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, caseUrl + "/Documents") { Content = form };
        request.Headers.Add("Cookie", cookies);
        request.Headers.TransferEncodingChunked = true;

        using var response = await http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Një skedar mund të jetë deri në 10 MB.", await response.Content.ReadAsStringAsync());
        await police.GotoAsync(caseUrl + "/Documents");
        await Expect(police.GetByTestId("no-documents")).ToBeVisibleAsync();
        await police.Context.CloseAsync();
    }
}
