namespace AntiTrafik.Domain.Trainings;

/// <summary>A campaign or public event: "#UNË JAM SI TI!", UN GIFT BOX, Anti-Trafficking Month.</summary>
public sealed class AwarenessActivity : IVersioned, IAuditable
{
    public int Id { get; set; }
    public string Title { get; set; } = string.Empty;
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public int? CountyId { get; set; }
    public County? County { get; set; }
    public string? City { get; set; }
    public string? Venue { get; set; }
    public string? Organisers { get; set; }
    public string? Partners { get; set; }
    public int? AudienceReached { get; set; }
    public string? Description { get; set; }
    public bool NotForPublication { get; set; }

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
}
