namespace AntiTrafik.Domain;

/// <summary>
/// An aggregate that people edit. <see cref="Version"/> is the optimistic-concurrency token: it is
/// raised on every save, and an update whose original version no longer matches the row is refused.
/// A plain integer works the same on SQLite and SQL Server (rowversion exists only on SQL Server).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>Who created and last changed a row, and when (UTC). Stamped by the save interceptor.</summary>
public interface IAuditable
{
    DateTime CreatedAt { get; set; }
    string? CreatedById { get; set; }
    DateTime? UpdatedAt { get; set; }
    string? UpdatedById { get; set; }
}

/// <summary>The signed-in user as the data layer needs to know it; null outside a request (seeding, jobs).</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    int? AgencyId { get; }
}

/// <summary>
/// A row the portal keeps to run itself (sign-in sessions, throttles, the audit trail), not data people work
/// with: saving it does not move the data version, so cached lists and figures stay valid.
/// </summary>
public interface IOperationalRecord;
