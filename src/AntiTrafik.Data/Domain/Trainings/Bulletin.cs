namespace AntiTrafik.Domain.Trainings;

public enum BulletinState
{
    Draft = 1,
    Issued = 2,
}

public enum BulletinSource
{
    Meeting = 1,
    Training = 2,
    Activity = 3,
}

/// <summary>
/// The numbered information bulletin of a period. Its items are copies taken from the records when the
/// draft is assembled; once issued, nothing changes it — later edits to the records do not reach it.
/// </summary>
public sealed class Bulletin : IVersioned, IAuditable
{
    public int Id { get; set; }
    public int Number { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? Introduction { get; set; }
    public BulletinState State { get; private set; } = BulletinState.Draft;
    public DateTime? IssuedAt { get; private set; }
    public List<BulletinItem> Items { get; set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    public bool IsIssued => State == BulletinState.Issued;

    public bool Issue(DateTime now)
    {
        if (IsIssued)
        {
            return false;
        }

        State = BulletinState.Issued;
        IssuedAt = now;
        return true;
    }
}

public sealed class BulletinItem
{
    public int Id { get; set; }
    public int BulletinId { get; set; }
    public int Order { get; set; }
    public BulletinSource Source { get; set; }
    public int SourceId { get; set; }
    public DateOnly Date { get; set; }
    public DateOnly? DateTo { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? Place { get; set; }
    public string? Summary { get; set; }
    public string? Organisers { get; set; }
    public string? Participants { get; set; }
}
