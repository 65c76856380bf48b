using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AntiTrafik.Data;
using AntiTrafik.Domain.Audit;
using AntiTrafik.Domain.Cases;
using AntiTrafik.Web.Infrastructure.Auditing;
using AntiTrafik.Web.Infrastructure.Commands;
using AntiTrafik.Web.Infrastructure.Files;
using AntiTrafik.Web.Resources;
using AntiTrafik.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AntiTrafik.Web.Features.Cases.Documents;

/// <summary>
/// An institution working on the case adds a file to it. The file's own bytes decide whether it is taken (see
/// <see cref="FileTypes"/>); its description and name are sealed like notes, its content sealed with the same keys and
/// kept by the configured store. Nothing of it reaches the search index, the logs or a URL.
/// </summary>
public static class Upload
{
    public sealed class Form
    {
        [Display(Name = "Kind of document")] public DocumentKind? Kind { get; set; }
        [Display(Name = "Short description")] public string? Description { get; set; }
        [Display(Name = "File")] public IFormFile? File { get; set; }
    }

    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator(IOptions<DocumentOptions> options, IStringLocalizer<SharedResource> l)
        {
            var max = options.Value.MaxBytes;
            RuleFor(f => f.Kind).NotNull().IsInEnum();
            RuleFor(f => f.Description).MaximumLength(CaseDocument.DescriptionMaxLength);
            RuleFor(f => f.File).NotNull().WithMessage(_ => l["Choose a file."]);
            RuleFor(f => f.File!.Length).GreaterThan(0).When(f => f.File is not null).WithMessage(_ => l["The file is empty."]).OverridePropertyName(nameof(Form.File));
            RuleFor(f => f.File!.Length).LessThanOrEqualTo(max).When(f => f.File is not null)
                .WithMessage(_ => l["The file is larger than {0}. Choose a smaller file.", FileNames.Size(max)]).OverridePropertyName(nameof(Form.File));
        }
    }

    public sealed class Handler(
        AppDbContext db,
        IAuthorizationService authorization,
        PersonalDataProtector protector,
        DocumentStorage storage,
        AuditTrail audit,
        TimeProvider clock,
        IOptions<DocumentOptions> options,
        IStringLocalizer<SharedResource> l)
    {
        /// <param name="formIsValid">False when the form has errors: access is still decided first, and the file's type is
        /// still checked, so every problem is said at once.</param>
        public async Task<CommandResult> UploadAsync(int caseId, Form form, ClaimsPrincipal user, bool formIsValid, CancellationToken cancellationToken)
        {
            var (@case, access) = await authorization.OpenAsync(db, db.Visible(user).AsNoTracking(), caseId, user, CaseOperations.ReadIdentity);
            if (@case is null)
            {
                return Actions.Refusal(access);
            }

            // Read only a file the validator let through (present, not empty, within the limit).
            var content = form.File is { Length: > 0 } file && file.Length <= options.Value.MaxBytes ? await ReadAsync(file, cancellationToken) : null;
            var type = content is null ? null : FileTypes.Of(content);
            if (content is not null && type is null)
            {
                return CommandResult.Invalid([new FieldError(nameof(Form.File),
                    l["Only PDF, PNG, JPEG or Word (.docx) files can be added. This file is none of these, whatever its name says."])]);
            }

            if (!formIsValid || content is null || type is null)
            {
                return CommandResult.Invalid();
            }

            var document = CaseDocument.Of(caseId, form.Kind!.Value, protector.Seal(form.Description),
                protector.Seal(FileNames.Clean(form.File!.FileName, type.Extension, CaseDocument.FileNameMaxLength)),
                type.ContentType, content.Length, user.GetAgencyId()!.Value, user.GetUserId()!, clock.GetUtcNow().UtcDateTime);
            var store = storage.ForNew;
            await store.PutAsync(document, protector.SealDocument(content), cancellationToken);
            db.CaseDocuments.Add(document);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                store.Delete(document);
                throw;
            }

            await audit.RecordAsync(AuditAction.Update, nameof(Case), caseId, DocumentNotes.Added(document), user);
            return CommandResult.Done();
        }

        private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
        {
            var content = new byte[file.Length];
            await using var stream = file.OpenReadStream();
            await stream.ReadExactlyAsync(content, cancellationToken);
            return content;
        }
    }
}

/// <summary>
/// What an audit entry about a case's document holds (as its short note, on the case): the document's number and kind,
/// and whether it was added or removed; a download is its own kind of entry (<see cref="AuditAction.Download"/>). Never its
/// name or description. <c>Features/Audit/Sentences.cs</c> reads these back.
/// </summary>
public static class DocumentNotes
{
    public const string Prefix = "Document ";

    public static string Added(CaseDocument document) => $"{Of(document)} added";

    public static string Removed(CaseDocument document) => $"{Of(document)} removed";

    public static string Of(CaseDocument document) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Prefix}{document.Id} {document.Kind}");
}
