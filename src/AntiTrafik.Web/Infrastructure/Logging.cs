using AntiTrafik.Web.Security;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace AntiTrafik.Web.Infrastructure;

public static class Logging
{
    /// <summary>
    /// Serilog to the console and to a daily rolling JSON file. Framework hosting logs are held at Warning
    /// because they print full URLs with query strings; the request log below prints the path only.
    /// Nothing here logs form values: victims' names and identifiers must never reach a log.
    /// </summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        var filePath = PathResolver.UnderContentRoot(builder.Environment,
            builder.Configuration["Logging:FilePath"] ?? "App_Data/logs/antitrafik-.json");

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(new CompactJsonFormatter(), filePath,
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, shared: true),
            // Each host writes through its own logger, never the process-wide static one (tests run several hosts).
            preserveStaticLogger: true);
    }

    public static void UsePortalRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0} ms";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("UserId", http.User.FindFirst(PortalClaims.UserId)?.Value ?? "anonymous");
                diagnostics.Set("TraceId", http.TraceIdentifier);
            };
        });
}
