namespace AntiTrafik.Domain.Trainings;

/// <summary>
/// A file handed out at a training (agenda, module, slides). The bytes live outside the web root under
/// <see cref="StoredName"/>, a generated name; <see cref="FileName"/> is only shown and offered on download.
/// </summary>
public sealed class TrainingMaterial : IAuditable
{
    public const int FileNameMaxLength = 200;

    public int Id { get; set; }
    public int TrainingId { get; set; }

    /// <summary>The name the uploader's file had, cleaned of paths and control characters.</summary>
    public required string FileName { get; set; }

    /// <summary>32 hexadecimal digits, generated; never derived from anything the user sent.</summary>
    public required string StoredName { get; set; }

    /// <summary>The type found from the file's own first bytes, not the one the browser claimed.</summary>
    public required string ContentType { get; set; }

    public long Length { get; set; }
    public required string Sha256 { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
}
