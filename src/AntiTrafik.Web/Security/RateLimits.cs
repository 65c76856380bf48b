using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AntiTrafik.Web.Security;

/// <summary>
/// How often one address may try to sign in (password, code, recovery code, set-password link) and how
/// often one user may start an export. Lockout protects each account; these protect the portal from one
/// address trying many accounts, and the database from export floods. Over the limit: 429 with the
/// portal's own page.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int SignInPerMinute { get; set; } = 10;

    public int ExportsPer10Minutes { get; set; } = 20;
}

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Exports = "exports";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            // Nothing is written here: the status code pages show the portal's 429 page in the user's language.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(Exports, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.GetUserId() ?? context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.ExportsPer10Minutes, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 }));
        });
        return services;
    }
}
