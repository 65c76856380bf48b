using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiTrafik.Data;

/// <summary>
/// SQLite runs in WAL mode (set when the database is created). With WAL, <c>synchronous=NORMAL</c> keeps
/// every committed transaction through a crash or kill of the portal — only a power cut can lose the last
/// commits — and saves an fsync per commit, which matters because every case view appends to the audit trail.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
