using System.Collections.Concurrent;
using System.Security.Claims;
using AntiTrafik.Web.Security;

namespace AntiTrafik.Web.Infrastructure.Exports;

/// <summary>A finished file, or a job still running with how far it got.</summary>
public sealed class ExportJob
{
    public required Guid Id { get; init; }
    public required string OwnerId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public DateTime StartedAt { get; init; }
    public int Percent { get; set; }
    public byte[]? Content { get; set; }
    public string? Failure { get; set; }

    /// <summary>Why the job finished without a file (in the language of the person who started it); null when there is a file.</summary>
    public string? NothingToExport { get; set; }

    public bool IsDone => Content is not null || Failure is not null || NothingToExport is not null;
}

/// <summary>What a job's work gives: the file, or the reason there is none (every row withheld, nothing in the period).</summary>
public sealed record ExportResult(byte[]? Content, string? Reason)
{
    public static ExportResult Nothing(string reason) => new(null, reason);

    public static implicit operator ExportResult(byte[] content) => new(content, null);
}

/// <summary>
/// Long exports run in the background in their own scope, so a request never waits on them and the server
/// keeps serving; the person who started one follows its progress and downloads it when it is ready. Only
/// that person can see or download it, and finished files are forgotten after an hour.
/// </summary>
public sealed class ExportJobs(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExportJobs> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, ExportJob> _jobs = new();

    public Guid Start(ClaimsPrincipal user, string fileName, string contentType, Func<IServiceProvider, IProgress<int>, CancellationToken, Task<ExportResult>> work)
    {
        Forget();
        var job = new ExportJob
        {
            Id = Guid.NewGuid(),
            OwnerId = user.FindFirstValue(PortalClaims.UserId)!,
            FileName = fileName,
            ContentType = contentType,
            StartedAt = clock.GetUtcNow().UtcDateTime,
        };
        _jobs[job.Id] = job;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await work(scope.ServiceProvider, new Progress<int>(p => job.Percent = Math.Clamp(p, 0, 99)), CancellationToken.None);
                job.Percent = 100;
                job.NothingToExport = result.Reason;
                job.Content = result.Content;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Export {JobId} failed", job.Id);
                job.Failure = "failed";
            }
        });
        return job.Id;
    }

    /// <summary>The job, if it exists and belongs to this user.</summary>
    public ExportJob? Find(Guid id, ClaimsPrincipal user) =>
        _jobs.TryGetValue(id, out var job) && job.OwnerId == user.FindFirstValue(PortalClaims.UserId) ? job : null;

    private void Forget()
    {
        var old = clock.GetUtcNow().UtcDateTime - KeepFor;
        foreach (var (id, job) in _jobs)
        {
            if (job.IsDone && job.StartedAt < old)
            {
                _jobs.TryRemove(id, out _);
            }
        }
    }
}
