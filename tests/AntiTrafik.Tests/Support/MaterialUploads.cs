using System.Net.Http.Headers;
using System.Text;

namespace AntiTrafik.Tests.Support;

/// <summary>Uploading a file through a training's page form, as a browser sends it (multipart).</summary>
public static class MaterialUploads
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, int trainingId, string fileName, string contentType, byte[] content)
    {
        var token = await client.TokenFromAsync($"/Trainings/{trainingId}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "File", fileName);
        return await client.Http.PostAsync($"/Trainings/{trainingId}/Materials", form);
    }
}
