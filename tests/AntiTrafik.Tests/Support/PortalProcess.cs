using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AntiTrafik.Tests.Support;

/// <summary>
/// The portal as its own operating-system process (the built AntiTrafik.Web.dll, as production runs it), on a
/// free loopback port, with the database and key folder given. For tests that kill it, restart it or run two.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private PortalProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string WebAssembly => Path.Combine(AppContext.BaseDirectory, "AntiTrafik.Web.dll");

    public static async Task<PortalProcess> StartAsync(string folder, string databasePath, params string[] extra)
    {
        var port = FreePort();
        var info = Arguments(folder, databasePath, extra);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        var process = new Process { StartInfo = info };
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => portal.Append(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await portal.WaitUntilHealthyAsync();
        return portal;
    }

    /// <summary>Runs the portal's executable once for a command (e.g. a backup) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string folder, string databasePath, params string[] extra)
    {
        using var process = new Process { StartInfo = Arguments(folder, databasePath, extra) };
        process.Start();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>A client that keeps its cookies and does not follow redirects, like <see cref="PortalFactory.CreatePortalClient"/>.</summary>
    public PortalClient CreateClient(CookieContainer? cookies = null) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        });

    /// <summary>SIGKILL: no shutdown, no flush, as when the machine's power goes or the OOM killer strikes.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        await Task.CompletedTask;
    }

    private static ProcessStartInfo Arguments(string folder, string databasePath, string[] extra)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[]
        {
            WebAssembly, "--environment", "Development", "--contentRoot", AppContext.BaseDirectory,
            "--ConnectionStrings:Sqlite", $"Data Source={databasePath}",
            "--DataProtection:KeysPath", Path.Combine(folder, "keys"),
            "--DataProtection:DevelopmentCertificatePath", PortalFactory.SharedKeyCertificate,
            "--Logging:FilePath", Path.Combine(folder, "logs", "portal-.json"),
            "--Email:PickupFolder", Path.Combine(folder, "mail"),
            "--Uploads:Path", Path.Combine(folder, "uploads"),
            "--Referrals:RunOverdueCheck", "false",
            "--Notifications:RunDigest", "false",
            "--RateLimits:SignInPerMinute", "100000",
        }.Concat(extra))
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The portal process exited on start:\n" + Output);
            }

            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The portal process did not become healthy:\n" + Output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
