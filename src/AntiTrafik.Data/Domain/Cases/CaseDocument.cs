namespace AntiTrafik.Domain.Cases;

/// <summary>What a document attached to a case is.</summary>
public enum DocumentKind
{
    IdentityPaper = 1,
    MedicalReport = 2,
    PsychologicalReport = 3,
    CourtPaper = 4,
    Other = 5,
}

/// <summary>
/// A file attached to a case (identity papers, medical and psychological reports, court papers). Its description and
/// the name the file had may name the person, so both are sealed like the case's notes; its content is sealed too and
/// kept apart (<see cref="CaseDocumentContent"/> in the database, or a file under <see cref="StoredName"/>), so that
/// listing a case's documents never reads a file. What stays in clear is what the list shows to everyone who sees the
/// case: the kind, the detected type, the size, who uploaded it and when.
/// </summary>
public sealed class CaseDocument
{
    /// <summary>What a person may type as a description, before it is sealed.</summary>
    public const int DescriptionMaxLength = 300;

    public const int FileNameMaxLength = 200;

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public DocumentKind Kind { get; private set; }

    /// <summary>The description, sealed; null when none was given.</summary>
    public string? ProtectedDescription { get; private set; }

    /// <summary>The uploader's file name (cleaned of folders and control characters), sealed.</summary>
    public string ProtectedFileName { get; private set; } = string.Empty;

    /// <summary>The type found from the file's own bytes, never the name's or the browser's.</summary>
    public string ContentType { get; private set; } = string.Empty;

    /// <summary>The size of the file as uploaded (before sealing), in bytes.</summary>
    public long Length { get; private set; }

    /// <summary>Where the sealed content is: null in the database (<see cref="Content"/>), else a generated file name in the document folder.</summary>
    public string? StoredName { get; set; }

    /// <summary>The uploader's institution: it may remove the document, as the lead institution may.</summary>
    public int AgencyId { get; private set; }

    public string UploadedById { get; private set; } = string.Empty;
    public DateTime UploadedAt { get; private set; }

    /// <summary>The sealed bytes when they are kept in the database; never loaded with the document.</summary>
    public CaseDocumentContent? Content { get; set; }

    private CaseDocument()
    {
    }

    public static CaseDocument Of(int caseId, DocumentKind kind, SealedText description, SealedText fileName, string contentType, long length,
        int agencyId, string userId, DateTime at) =>
        new()
        {
            CaseId = caseId, Kind = kind, ProtectedDescription = description.Ciphertext, ProtectedFileName = fileName.Ciphertext ?? string.Empty,
            ContentType = contentType, Length = length, AgencyId = agencyId, UploadedById = userId, UploadedAt = at,
        };
}

/// <summary>The sealed bytes of a document kept in the database, in a table of their own.</summary>
public sealed class CaseDocumentContent
{
    public int DocumentId { get; set; }
    public byte[] Sealed { get; set; } = [];
}
