using AntiTrafik.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AntiTrafik.Web.Data;

/// <summary>
/// <c>dotnet run --project src/AntiTrafik.Web -- --Backup:To=backup.db</c>: an online backup of the SQLite
/// database while the portal keeps running (SQLite's backup API copies one consistent snapshot), checked with
/// <c>PRAGMA integrity_check</c> before it is put in place. SQL Server is backed up by the server
/// (docs/operations.md gives the procedure).
/// </summary>
public static class DatabaseBackup
{
    public static bool IsRequested(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Backup:To"]);

    /// <returns>The process exit code: 0 when the backup is written and sound.</returns>
    public static async Task<int> RunAsync(WebApplication app)
    {
        var target = Path.GetFullPath(app.Configuration["Backup:To"]!);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.GetDbConnection() is not SqliteConnection source)
        {
            Console.Error.WriteLine("The backup command is for the SQLite database; back up SQL Server with the server's own BACKUP DATABASE (see docs/operations.md).");
            return 2;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        await source.OpenAsync();
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await destination.OpenAsync();
            source.BackupDatabase(destination);
            await using var check = destination.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var result = (string?)await check.ExecuteScalarAsync();
            if (result != "ok")
            {
                Console.Error.WriteLine($"The backup failed its integrity check: {result}");
                return 1;
            }
        }

        File.Move(partial, target, overwrite: true);
        Console.WriteLine($"Backup written to {target} and checked (integrity ok). Keep it with a copy of the keys folder: without the keys the personal data in it cannot be read.");
        return 0;
    }
}
