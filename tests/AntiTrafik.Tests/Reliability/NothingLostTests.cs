using System.Collections.Concurrent;
using System.Net;
using AntiTrafik.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AntiTrafik.Tests.Reliability;

/// <summary>
/// The portal as separate processes: killed with SIGKILL under load, backed up under load and restored into a
/// fresh instance, and run twice on one database and key folder. Every write the portal acknowledged survives.
/// </summary>
public sealed class NothingLostTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "antitrafik-tests", "process-" + Guid.NewGuid().ToString("N"));

    public NothingLostTests() => Directory.CreateDirectory(_folder);

    private string Database => Path.Combine(_folder, "portal.db");

    [Fact]
    public async Task A_kill_under_load_loses_no_acknowledged_write_and_leaves_a_sound_database()
    {
        var acknowledged = new ConcurrentBag<int>();
        await using (var portal = await PortalProcess.StartAsync(_folder, Database))
        {
            using var stop = new CancellationTokenSource();
            var writers = await StartWritersAsync(portal, acknowledged, stop.Token);
            await WaitForAsync(() => acknowledged.Count >= 40);
            portal.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.Equal("ok", IntegrityCheck(Database));
        await using var restarted = await PortalProcess.StartAsync(_folder, Database);
        using var police = restarted.CreateClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        foreach (var id in acknowledged)
        {
            Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/Cases/{id}")).StatusCode);
        }
    }

    [Fact]
    public async Task A_backup_taken_under_load_restores_into_a_fresh_instance_with_every_record_acknowledged_before_it()
    {
        var acknowledged = new ConcurrentBag<int>();
        var backup = Path.Combine(_folder, "backups", "portal-backup.db");
        int[] before;
        await using (var portal = await PortalProcess.StartAsync(_folder, Database))
        {
            using var stop = new CancellationTokenSource();
            var writers = await StartWritersAsync(portal, acknowledged, stop.Token);
            await WaitForAsync(() => acknowledged.Count >= 20);
            before = [.. acknowledged];
            var (exitCode, output) = await PortalProcess.RunCommandAsync(_folder, Database, "--Backup:To", backup);
            Assert.True(exitCode == 0, output);
            Assert.Contains("integrity ok", output);
            await WaitForAsync(() => acknowledged.Count >= before.Length + 10);
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        // Restore: a fresh instance in another folder, on the backup, with a copy of the keys.
        var restoredFolder = Path.Combine(_folder, "restored");
        CopyFolder(Path.Combine(_folder, "keys"), Path.Combine(restoredFolder, "keys"));
        var restoredDatabase = Path.Combine(restoredFolder, "portal.db");
        File.Copy(backup, restoredDatabase);
        await using var restored = await PortalProcess.StartAsync(restoredFolder, restoredDatabase);
        using var police = restored.CreateClient();
        await police.SignInAsExpectedAsync(Demo.PoliceTirana);
        foreach (var id in before)
        {
            var page = await police.GetPageAsync($"/Cases/{id}");
            Assert.Contains("Kopje", page);
        }
    }

    [Fact]
    public async Task Two_instances_on_one_database_and_key_folder_share_sign_ins_forms_and_fresh_lists()
    {
        await using var first = await PortalProcess.StartAsync(_folder, Database);
        await using var second = await PortalProcess.StartAsync(_folder, Database);
        var cookies = new CookieContainer();
        using var onFirst = first.CreateClient(cookies);
        using var onSecond = second.CreateClient(cookies);
        await onFirst.SignInAsExpectedAsync(Demo.PoliceTirana);
        // Cookies belong to the host, not the port: the browser would send the same ones to either instance.
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/Cases")).StatusCode);
        // The first instance now holds its list page until the next save it hears of.
        Assert.DoesNotContain("Dyshe Instanca", await onFirst.GetPageAsync("/Cases"));

        // A form loaded from the first instance is posted to the second.
        var token = await onFirst.TokenFromAsync("/Cases/Register");
        var fields = await ValidCaseAsync("Dyshe", "Instanca");
        var posted = await onSecond.Http.PostAsync("/Cases/Register", new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var id = posted.Headers.Location!.OriginalString.Split('/').Last();
        Assert.Contains("Dyshe Instanca", await onFirst.GetPageAsync($"/Cases/{id}"));

        // The second's save reaches the first's cached list through the shared count of saves, within about a second.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string list;
        do
        {
            await Task.Delay(250);
            list = await onFirst.GetPageAsync("/Cases");
        }
        while (!list.Contains("Dyshe Instanca") && DateTime.UtcNow < deadline);
        Assert.Contains("Dyshe Instanca", list);
    }

    private async Task<List<Task>> StartWritersAsync(PortalProcess portal, ConcurrentBag<int> acknowledged, CancellationToken stop)
    {
        var writers = new List<Task>();
        for (var writer = 0; writer < 4; writer++)
        {
            var client = portal.CreateClient();
            await client.SignInAsExpectedAsync(Demo.PoliceTirana);
            var fields = await ValidCaseAsync("Kopje", "Shkruesi" + writer);
            writers.Add(Task.Run(async () =>
            {
                using (client)
                {
                    while (!stop.IsCancellationRequested)
                    {
                        try
                        {
                            var token = await client.TokenFromAsync("/Cases/Register");
                            var response = await client.Http.PostAsync("/Cases/Register", new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))), stop);
                            if (response.StatusCode == HttpStatusCode.Redirect)
                            {
                                acknowledged.Add(int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture));
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or Xunit.Sdk.XunitException)
                        {
                            // The portal was killed mid-request: that write was never acknowledged.
                            return;
                        }
                    }
                }
            }, CancellationToken.None));
        }

        return writers;
    }

    private async Task<List<KeyValuePair<string, string>>> ValidCaseAsync(string first, string last)
    {
        await using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        async Task<int> AgencyAsync(string code)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Id FROM Agencies WHERE Code = $code";
            command.Parameters.AddWithValue("$code", code);
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return CaseForms.Fields(first, last, await AgencyAsync("DVP-TIRANE"), await AgencyAsync("SHSSH-TIRANE"));
    }

    private static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "The writers did not get far enough in a minute.");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
