using System.Text;
using AntiTrafik.Tests.Support;
using AntiTrafik.Web.Features.Cases.Documents;
using AntiTrafik.Web.Infrastructure.Files;

namespace AntiTrafik.Tests.Features.Cases;

/// <summary>Which files a case takes is decided by their own bytes.</summary>
public sealed class DocumentFileTypesTests
{
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    [Fact]
    public void Pdf_png_jpeg_and_a_word_document_are_found_by_their_content()
    {
        Assert.Same(FileTypes.Pdf, FileTypes.Of(DocumentUploads.Pdf("x")));
        Assert.Same(FileTypes.Png, FileTypes.Of(DocumentUploads.Png));
        Assert.Same(FileTypes.Jpeg, FileTypes.Of(DocumentUploads.Jpeg));
        Assert.Same(FileTypes.Docx, FileTypes.Of(DocumentUploads.Docx("x")));
    }

    [Fact]
    public void Anything_else_is_none_of_them()
    {
        Assert.Null(FileTypes.Of([]));
        Assert.Null(FileTypes.Of(Encoding.ASCII.GetBytes("%PD")));
        Assert.Null(FileTypes.Of(Encoding.Latin1.GetBytes("MZ\u0090\u0000 executable")));
        Assert.Null(FileTypes.Of(Encoding.UTF8.GetBytes("<!DOCTYPE html><html></html>")));
        Assert.Null(FileTypes.Of(Encoding.UTF8.GetBytes("GIF89a")));
        // ZIP packages that are not a Word document: a spreadsheet, a bare archive, a macro-enabled document, a broken one.
        Assert.Null(FileTypes.Of(DocumentUploads.Zip(("[Content_Types].xml", "spreadsheetml.sheet.main+xml"), ("xl/workbook.xml", "<workbook/>"))));
        Assert.Null(FileTypes.Of(DocumentUploads.Zip(("readme.txt", "hello"))));
        Assert.Null(FileTypes.Of(DocumentUploads.Zip(("[Content_Types].xml", WordMain), ("word/document.xml", "<w/>"), ("word/vbaProject.bin", "macro"))));
        Assert.Null(FileTypes.Of(DocumentUploads.Zip(("[Content_Types].xml", "macroEnabled.main+xml"), ("word/document.xml", "<w/>"))));
        Assert.Null(FileTypes.Of(DocumentUploads.Docx("x")[..40]));
    }

    [Theory]
    [InlineData("../../raport.PDF", ".pdf", "raport.pdf")]
    [InlineData("C:\\Users\\x\\foto.jpeg", ".jpg", "foto.jpg")]
    [InlineData("letër\u202Efdp.exe", ".pdf", "letërfdp.pdf")]
    [InlineData("", ".png", "file.png")]
    public void The_downloaded_name_is_the_uploaded_one_cleaned_with_the_found_types_extension(string uploaded, string extension, string expected) =>
        Assert.Equal(expected, FileNames.Clean(uploaded, extension, 200));
}
