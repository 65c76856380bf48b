namespace AntiTrafik.Domain;

/// <summary>Qark: one of Albania's 12 counties.</summary>
public sealed class County
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<Municipality> Municipalities { get; set; } = [];
}

/// <summary>Bashki: one of the 61 municipalities, each in one county.</summary>
public sealed class Municipality
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int CountyId { get; set; }
    public County County { get; set; } = null!;
}
