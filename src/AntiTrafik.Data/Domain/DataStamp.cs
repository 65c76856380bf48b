namespace AntiTrafik.Domain;

/// <summary>
/// One row counting the saves of every portal instance on this database. Each instance adds one after its own
/// saves and looks at it every second, so what an instance caches until the next save also ends with
/// another instance's saves.
/// </summary>
public sealed class DataStamp
{
    public const int TheOne = 1;

    public int Id { get; private set; } = TheOne;

    public long Saves { get; private set; }
}
