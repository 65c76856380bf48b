using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Trainings;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Infrastructure.Files;
using AntiTrafik.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AntiTrafik.Web.Features.Trainings;

/// <summary>
/// Files handed out at a training: the coordinator's office uploads them, everyone signed in downloads them.
/// A file is accepted only if its name's extension, the type the browser declared and its own first bytes all
/// agree on one of a few document and image kinds, and it is at most <see cref="MaxBytes"/>.
/// </summary>
public static class Materials
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>What a request may carry: the file plus the form's few fields.</summary>
    public const long MaxRequestBytes = MaxBytes + 1024 * 1024;

    public sealed record Kind(string Extension, string ContentType, byte[] Signature);

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static IReadOnlyList<Kind> Kinds { get; } =
    [
        new(".pdf", "application/pdf", "%PDF-"u8.ToArray()),
        new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        new(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip),
        new(".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        new(".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        new(".jpeg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
    ];

    public sealed class UploadForm
    {
        [Display(Name = "File")]
        public IFormFile? File { get; set; }
    }

    public sealed class UploadValidator : AbstractValidator<UploadForm>
    {
        public UploadValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(f => f.File).NotNull().WithMessage(_ => l["Choose a file."]);
            RuleFor(f => f.File!.Length).InclusiveBetween(1, MaxBytes).When(f => f.File is not null)
                .WithMessage(_ => l["The file must be between 1 byte and 10 MB."]);
            RuleFor(f => f.File!).MustAsync(async (file, cancellationToken) => await KindOfAsync(file, cancellationToken) is not null)
                .When(f => f.File is { Length: > 0 and <= MaxBytes })
                .WithMessage(_ => l["Only PDF, Word, Excel, PowerPoint, PNG or JPEG files can be uploaded, and the file must really be of the type its name says."]);
        }
    }

    /// <summary>The kind the file is, when its extension, its declared type and its first bytes agree; otherwise null.</summary>
    public static async Task<Kind?> KindOfAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(file.FileName ?? string.Empty).ToLowerInvariant();
        var kind = Kinds.FirstOrDefault(k => k.Extension == extension);
        if (kind is null || (file.ContentType != kind.ContentType && file.ContentType != "application/octet-stream"))
        {
            return null;
        }

        var head = new byte[kind.Signature.Length];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return read == head.Length && head.AsSpan().SequenceEqual(kind.Signature) ? kind : null;
    }

    /// <summary>The uploader's file name without folders, control characters or direction marks, and not too long.</summary>
    public static string CleanName(string? name, string extension) => FileNames.Clean(name, extension, TrainingMaterial.FileNameMaxLength);

    public sealed record Download(string FileName, string ContentType, Stream Content);

    public sealed class Handler(AppDbContext db, FileStore files, AuditTrail audit, TimeProvider clock)
    {
        /// <returns>Not found when the training does not exist.</returns>
        public async Task<CommandResult> UploadAsync(int trainingId, UploadForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            if (!await db.Trainings.AnyAsync(t => t.Id == trainingId, cancellationToken))
            {
                return CommandResult.NotFound();
            }

            var kind = (await KindOfAsync(form.File!, cancellationToken))!;
            await using var content = form.File!.OpenReadStream();
            var stored = await files.SaveAsync(content, cancellationToken);
            var material = new TrainingMaterial
            {
                TrainingId = trainingId,
                FileName = CleanName(form.File.FileName, kind.Extension),
                StoredName = stored.Name,
                ContentType = kind.ContentType,
                Length = stored.Length,
                Sha256 = stored.Sha256,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.TrainingMaterials.Add(material);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                files.Delete(stored.Name);
                throw;
            }

            await audit.RecordAsync(AuditAction.Create, nameof(TrainingMaterial), material.Id, "File", user);
            return CommandResult.Done();
        }

        public async Task<Download?> OpenAsync(int id, CancellationToken cancellationToken)
        {
            var material = await db.TrainingMaterials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
            return material is not null && files.OpenRead(material.StoredName) is { } content
                ? new Download(material.FileName, material.ContentType, content)
                : null;
        }

        /// <returns>Done with the training the file belonged to, or not found when there is no such file.</returns>
        public async Task<CommandResult<int>> DeleteAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var material = await db.TrainingMaterials.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (material is null)
            {
                return CommandResult.NotFound();
            }

            db.TrainingMaterials.Remove(material);
            await db.SaveChangesAsync(cancellationToken);
            files.Delete(material.StoredName);
            await audit.RecordAsync(AuditAction.Update, nameof(TrainingMaterial), material.Id, "Deleted", user);
            return CommandResult.Done(material.TrainingId);
        }
    }
}
