using System.Net;
using System.Text;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>
/// A case's documents, through HTTP on real SQLite: served only to the institutions working on the case (404 outside its
/// scope), taken only when their own bytes are an allowed type, limited in size with the portal's 413 page, sealed at
/// rest, every download audited.
/// </summary>
public sealed class CaseDocumentsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..6].ToLowerInvariant();

    private async Task<(PortalClient Police, int CaseId)> CaseOfTheTiranaPoliceAsync(string last)
    {
        var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        return (police, await CaseForms.RegisterAsync(portal, police, "Zamira", last));
    }

    private Task<int> NewestDocumentAsync(int caseId) =>
        portal.WithDbAsync(db => db.CaseDocuments.Where(d => d.CaseId == caseId).OrderByDescending(d => d.Id).Select(d => d.Id).FirstAsync());

    private Task<int> DocumentCountAsync() => portal.WithDbAsync(db => db.CaseDocuments.CountAsync());

    [Fact]
    public async Task The_lead_adds_a_pdf_and_downloads_the_same_bytes_as_an_attachment_never_cached_and_the_download_is_audited()
    {
        var last = Unique("Dokumenti");
        var (police, id) = await CaseOfTheTiranaPoliceAsync(last);
        using var _ = police;
        var tokens = await portal.WithDbAsync(db => db.Set<AntiTrafik.Domain.Cases.CaseSearchToken>().CountAsync(t => t.CaseId == id));
        var pdf = DocumentUploads.Pdf("Raport mjekesor per Zamira " + last);

        var added = await DocumentUploads.UploadAsync(police, id, "raporti-spitalit.pdf", "application/pdf", pdf, description: "Nga spitali rajonal");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/Cases/{id}/Documents", added.Headers.Location!.OriginalString);
        var documentId = await NewestDocumentAsync(id);

        var page = await police.GetPageAsync($"/Cases/{id}/Documents");
        Assert.Contains("Dokumenti u shtua.", page);
        Assert.Contains("raporti-spitalit.pdf", page);
        Assert.Contains("Nga spitali rajonal", page);
        Assert.Contains("Raport mjekësor", page);
        Assert.Contains($"href=\"/Cases/{id}/Documents/{documentId}\"", page);
        Assert.Contains($"aria-current=\"page\" href=\"/Cases/{id}/Documents\">Dokumentet</a>", page);

        var download = await police.GetAsync($"/Cases/{id}/Documents/{documentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("raporti-spitalit.pdf", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.True(download.Headers.CacheControl!.NoStore);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        // Every download is in the audit trail, with the case and the document, never the file's name.
        var entries = await portal.WithDbAsync(db => db.AuditTrail.AsNoTracking()
            .Where(a => a.Action == AuditAction.Download && a.EntityType == "Case" && a.EntityId == id.ToString()).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal($"Document {documentId} MedicalReport", entry.Fields);
        await police.GetAsync($"/Cases/{id}/Documents/{documentId}");
        Assert.Equal(2, await portal.WithDbAsync(db => db.AuditTrail.CountAsync(a => a.Action == AuditAction.Download && a.EntityId == id.ToString())));

        // The coordinator's office reads it as a sentence; adding it is there too.
        var number = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync());
        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var audit = await coordinator.GetPageAsync($"/Audit?Case={number}");
        Assert.Contains($"shkarkoi një dokument të rastit {number} (Raport mjekësor).", audit);
        Assert.Contains($"shtoi një dokument në rastin {number} (Raport mjekësor).", audit);

        // Nothing of the file reaches the search index.
        Assert.Equal(tokens, await portal.WithDbAsync(db => db.Set<AntiTrafik.Domain.Cases.CaseSearchToken>().CountAsync(t => t.CaseId == id)));
    }

    [Fact]
    public async Task An_institution_outside_the_case_gets_404_for_the_list_the_upload_the_download_and_the_removal()
    {
        var (police, id) = await CaseOfTheTiranaPoliceAsync(Unique("Jashte"));
        using var _ = police;
        await DocumentUploads.UploadAsync(police, id, "letra.pdf", "application/pdf", DocumentUploads.Pdf("x"));
        var documentId = await NewestDocumentAsync(id);
        var before = await DocumentCountAsync();

        using var shelter = await portal.SignedInClientAsync(Demo.ShelterTdb);
        Assert.Equal(HttpStatusCode.NotFound, (await shelter.GetAsync($"/Cases/{id}/Documents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shelter.GetAsync($"/Cases/{id}/Documents/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shelter.GetAsync($"/Cases/{id}/Documents/{documentId}/Remove")).StatusCode);
        var upload = await DocumentUploads.UploadAsync(shelter, id, "e-huaj.pdf", "application/pdf", DocumentUploads.Pdf("y"), tokenFrom: "/Error/404");
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        var remove = await shelter.SubmitAsync("/Error/404", $"/Cases/{id}/Documents/{documentId}/Remove", []);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(before, await DocumentCountAsync());

        // A document asked for under another case it does not belong to is not there either.
        var other = await CaseForms.RegisterAsync(portal, police, "Arta", Unique("Tjeter"));
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/Cases/{other}/Documents/{documentId}")).StatusCode);
    }

    public static TheoryData<string, string, byte[]> Disguised() => new()
    {
        { "program.pdf", "application/pdf", Encoding.Latin1.GetBytes("MZ\u0090\u0000\u0003 This program cannot be run in DOS mode.") },
        { "foto.png", "image/png", Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script></body></html>") },
        { "raport.docx", Docx, DocumentUploads.Zip(("word/document.xml", "<w:document/>")) },
        {
            "makro.docx", Docx, DocumentUploads.Zip(
                ("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"),
                ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro"))
        },
        { "arkiv.docx", Docx, Encoding.Latin1.GetBytes("PK\u0003\u0004 not really an archive") },
    };

    [Theory]
    [MemberData(nameof(Disguised))]
    public async Task A_file_that_is_not_an_allowed_type_whatever_its_name_is_refused_beside_the_field_and_the_form_keeps_what_was_typed(
        string fileName, string contentType, byte[] content)
    {
        var (police, id) = await CaseOfTheTiranaPoliceAsync(Unique("Maska"));
        using var _ = police;
        var before = await DocumentCountAsync();

        var response = await DocumentUploads.UploadAsync(police, id, fileName, contentType, content, kind: "CourtPaper", description: "Vendimi i gjykatës");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"form-errors\"", page);
        Assert.Contains("Mund të shtohen vetëm skedarë PDF, PNG, JPEG ose Word (.docx).", page);
        Assert.Contains("href=\"#File\"", page);
        Assert.Contains("Vendimi i gjykatës</textarea>", page);
        Assert.Contains("<option value=\"CourtPaper\" selected=\"selected\">", page);
        Assert.Equal(before, await DocumentCountAsync());
    }

    public static TheoryData<string, string, byte[], string, string> Allowed() => new()
    {
        { "skanim.png", "image/png", DocumentUploads.Png, "image/png", "skanim.png" },
        { "foto.jpeg", "image/jpeg", DocumentUploads.Jpeg, "image/jpeg", "foto.jpg" },
        { "deklarata.docx", "application/octet-stream", DocumentUploads.Docx("Deklaratë"), Docx, "deklarata.docx" },
        // The content decides, not the name: a PDF sent as text is a PDF, and is downloaded as one.
        { "shenime.txt", "text/plain", DocumentUploads.Pdf("pdf"), "application/pdf", "shenime.pdf" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task A_png_a_jpeg_a_word_document_and_a_pdf_are_taken_by_their_content_and_served_as_what_they_are(
        string fileName, string contentType, byte[] content, string served, string downloadedAs)
    {
        var (police, id) = await CaseOfTheTiranaPoliceAsync(Unique("Lloji"));
        using var _ = police;
        Assert.Equal(HttpStatusCode.Redirect, (await DocumentUploads.UploadAsync(police, id, fileName, contentType, content, kind: "IdentityPaper")).StatusCode);
        var download = await police.GetAsync($"/Cases/{id}/Documents/{await NewestDocumentAsync(id)}");
        Assert.Equal(served, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(downloadedAs, download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_upload_over_the_limit_answers_413_with_the_portals_page_in_the_users_language_and_nothing_is_kept()
    {
        var (police, id) = await CaseOfTheTiranaPoliceAsync(Unique("Madhe"));
        using var _ = police;
        var before = await DocumentCountAsync();
        var huge = new byte[11 * 1024 * 1024];
        DocumentUploads.Pdf("x").CopyTo(huge, 0);

        var response = await DocumentUploads.UploadAsync(police, id, "shume-i-madh.pdf", "application/pdf", huge);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<html lang=\"sq\"", page);
        Assert.Contains("Skedari është shumë i madh", page);
        Assert.Contains("Një skedar mund të jetë deri në 10 MB.", page);

        await police.SubmitAsync($"/Cases/{id}/Documents", "/Language/Set", [new("culture", "en"), new("returnUrl", "/")]);
        response = await DocumentUploads.UploadAsync(police, id, "shume-i-madh.pdf", "application/pdf", huge);
        page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<html lang=\"en\"", page);
        Assert.Contains("A file can be at most 10 MB.", page);

        // Just over the limit but within what the request may carry: the message beside the field.
        var over = new byte[10 * 1024 * 1024 + 1];
        DocumentUploads.Pdf("x").CopyTo(over, 0);
        response = await DocumentUploads.UploadAsync(police, id, "pak-me-i-madh.pdf", "application/pdf", over);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The file is larger than 10 MB. Choose a smaller file.", await response.Content.ReadAsStringAsync());

        Assert.Equal(before, await DocumentCountAsync());
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/Cases/{id}/Documents")).StatusCode);
    }

    [Fact]
    public async Task The_coordinators_office_sees_that_documents_exist_but_neither_opens_nor_adds_one()
    {
        var last = Unique("Koordinimi");
        var (police, id) = await CaseOfTheTiranaPoliceAsync(last);
        using var _ = police;
        await DocumentUploads.UploadAsync(police, id, $"gjykata-{last}.pdf", "application/pdf", DocumentUploads.Pdf("gjykata"), kind: "CourtPaper",
            description: $"Vendim për {last}");
        var documentId = await NewestDocumentAsync(id);

        using var coordinator = await portal.SignedInClientAsync(Demo.Coordinator);
        var page = await coordinator.GetPageAsync($"/Cases/{id}/Documents");
        Assert.Contains("Dokument gjyqësor", page);
        Assert.Contains("PDF", page);
        Assert.Contains("data-testid=\"documents-closed\"", page);
        Assert.DoesNotContain(last, page);
        Assert.DoesNotContain($"/Cases/{id}/Documents/{documentId}", page);
        Assert.DoesNotContain("data-testid=\"upload-form\"", page);

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/Cases/{id}/Documents/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/Cases/{id}/Documents/{documentId}/Remove")).StatusCode);
        var upload = await DocumentUploads.UploadAsync(coordinator, id, "koordinatori.pdf", "application/pdf", DocumentUploads.Pdf("k"), tokenFrom: $"/Cases/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.Action == AuditAction.Download && a.EntityId == id.ToString())));
    }

    [Fact]
    public async Task The_uploading_institution_or_the_lead_removes_a_document_after_confirming_and_the_removal_is_audited()
    {
        var (police, id) = await CaseOfTheTiranaPoliceAsync(Unique("Heqja"));
        using var _ = police;
        // The social service holds the joint interview: it works on the case, and adds two documents; the police add one.
        using var social = await portal.SignedInClientAsync(Demo.SocialServiceTirana);
        await DocumentUploads.UploadAsync(social, id, "a.pdf", "application/pdf", DocumentUploads.Pdf("a"), kind: "PsychologicalReport");
        var fromSocial = await NewestDocumentAsync(id);
        await DocumentUploads.UploadAsync(social, id, "b.pdf", "application/pdf", DocumentUploads.Pdf("b"), kind: "PsychologicalReport");
        var secondFromSocial = await NewestDocumentAsync(id);
        await DocumentUploads.UploadAsync(police, id, "c.pdf", "application/pdf", DocumentUploads.Pdf("c"), kind: "IdentityPaper");
        var fromPolice = await NewestDocumentAsync(id);

        // The social service may remove its own, not the police's.
        var list = await social.GetPageAsync($"/Cases/{id}/Documents");
        Assert.Contains($"href=\"/Cases/{id}/Documents/{fromSocial}/Remove\"", list);
        Assert.DoesNotContain($"href=\"/Cases/{id}/Documents/{fromPolice}/Remove\"", list);
        Assert.Equal(HttpStatusCode.Forbidden, (await social.GetAsync($"/Cases/{id}/Documents/{fromPolice}/Remove")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await social.SubmitAsync($"/Cases/{id}/Documents", $"/Cases/{id}/Documents/{fromPolice}/Remove", [])).StatusCode);

        // Removing asks first.
        var confirm = await social.GetPageAsync($"/Cases/{id}/Documents/{fromSocial}/Remove");
        Assert.Contains("Jeni të sigurt që doni ta hiqni këtë dokument", confirm);
        Assert.Contains("a.pdf", confirm);
        var removed = await social.SubmitAsync($"/Cases/{id}/Documents/{fromSocial}/Remove", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Dokumenti u hoq.", await social.GetPageAsync($"/Cases/{id}/Documents"));

        // The lead removes another institution's document.
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Documents/{secondFromSocial}/Remove", [])).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/Cases/{id}/Documents/{fromSocial}")).StatusCode);
        Assert.Equal([fromPolice], await portal.WithDbAsync(db => db.CaseDocuments.Where(d => d.CaseId == id).Select(d => d.Id).ToListAsync()));
        Assert.False(await portal.WithDbAsync(db => db.CaseDocumentContents.AnyAsync(c => c.DocumentId == fromSocial || c.DocumentId == secondFromSocial)));
        var notes = await portal.WithDbAsync(db => db.AuditTrail.Where(a => a.EntityId == id.ToString() && a.Fields!.EndsWith(" removed")).Select(a => a.Fields).ToListAsync());
        Assert.Equal(new[] { $"Document {fromSocial} PsychologicalReport removed", $"Document {secondFromSocial} PsychologicalReport removed" }.Order(), notes.Order());
    }

    [Fact]
    public async Task Neither_the_database_nor_the_logs_hold_a_name_written_in_the_file_nor_the_files_name_or_description()
    {
        var name = Unique("Plaintextdoc");
        var (police, id) = await CaseOfTheTiranaPoliceAsync(name);
        using var _ = police;
        var response = await DocumentUploads.UploadAsync(police, id, $"pasaporta-{name}-emri.pdf", "application/pdf",
            DocumentUploads.Pdf($"Pasaporte: Zamira {name}, lindur ne Korce"), kind: "IdentityPaper", description: $"Kopje e pasaportes se Zamira {name}-pershkrim");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await police.GetAsync($"/Cases/{id}/Documents/{await NewestDocumentAsync(id)}");
        Assert.True(await portal.WithDbAsync(db => db.CaseDocumentContents.AnyAsync()));

        var database = await DocumentUploads.DatabaseTextAsync(portal);
        foreach (var secret in new[] { name, "lindur ne Korce", "pasaporta-", "-pershkrim", "%PDF-" })
        {
            Assert.DoesNotContain(secret, database, StringComparison.OrdinalIgnoreCase);
        }

        var logs = portal.ReadLogs();
        Assert.DoesNotContain(name, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pasaporta-", logs, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The same rules with the documents' content in a folder shared by the instances, and a limit set in configuration.</summary>
public sealed class CaseDocumentFileStoreTests(FileSystemDocumentsPortalFactory portal) : IClassFixture<FileSystemDocumentsPortalFactory>
{
    [Fact]
    public async Task The_folder_holds_only_sealed_files_under_generated_names_and_the_database_no_content()
    {
        var name = "Folderdoc" + Guid.NewGuid().ToString("N")[..6];
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Zamira", name);
        var pdf = DocumentUploads.Pdf($"Raport per Zamira {name}");
        Assert.Equal(HttpStatusCode.Redirect,
            (await DocumentUploads.UploadAsync(police, id, $"raport-{name}.pdf", "application/pdf", pdf, description: $"Raporti i {name}")).StatusCode);

        var document = await portal.WithDbAsync(db => db.CaseDocuments.AsNoTracking().OrderByDescending(d => d.Id).FirstAsync(d => d.CaseId == id));
        Assert.Matches("^[0-9a-f]{32}$", document.StoredName);
        Assert.False(await portal.WithDbAsync(db => db.CaseDocumentContents.AnyAsync()));
        var file = Path.Combine(portal.DocumentsFolder, document.StoredName!);
        Assert.True(File.Exists(file));

        foreach (var stored in Directory.GetFiles(portal.DocumentsFolder))
        {
            var text = await DocumentUploads.FileTextAsync(stored);
            Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("%PDF-", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(name, await DocumentUploads.DatabaseTextAsync(portal), StringComparison.OrdinalIgnoreCase);

        var download = await police.GetAsync($"/Cases/{id}/Documents/{document.Id}");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync($"/Cases/{id}/Documents/{document.Id}/Remove", [])).StatusCode);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task The_configured_limit_is_the_one_refused_with_413_and_said_on_the_page()
    {
        using var police = await portal.SignedInClientAsync(Demo.PoliceTirana);
        var id = await CaseForms.RegisterAsync(portal, police, "Zamira", "Kufiri" + Guid.NewGuid().ToString("N")[..6]);
        var big = new byte[FileSystemDocumentsPortalFactory.MaxBytes + 200 * 1024];
        DocumentUploads.Pdf("x").CopyTo(big, 0);

        var response = await DocumentUploads.UploadAsync(police, id, "i-madh.pdf", "application/pdf", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Një skedar mund të jetë deri në 1 MB.", await response.Content.ReadAsStringAsync());
        Assert.Contains("deri në 1 MB", await police.GetPageAsync($"/Cases/{id}/Documents"));
        Assert.False(await portal.WithDbAsync(db => db.CaseDocuments.AnyAsync(d => d.CaseId == id)));
    }
}
