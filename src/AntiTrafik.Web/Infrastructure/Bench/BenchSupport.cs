using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiTrafik.Web.Infrastructure.Bench;

/// <summary>
/// Only when <c>Bench:Enabled</c> is true (the benchmark turns it on): a "ceiling" page of the same app that
/// answers a static page of a typical size from memory, an <c>X-Sql-Commands</c> header on every answer
/// with the number of SQL commands the request ran, and a request header <c>X-Bench-After-Save</c> that
/// makes the request the first after a save (the data version moves, so nothing cached is used).
/// </summary>
public static class BenchSupport
{
    private const string CountKey = "bench.sql-commands";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>("Bench:Enabled");

    public static IServiceCollection AddBenchSupport(this IServiceCollection services, IConfiguration configuration)
    {
        if (IsEnabled(configuration))
        {
            services.AddSingleton<IInterceptor, RequestCommandCounter>();
            if (configuration["Bench:SqlLog"] is { Length: > 0 } path)
            {
                services.AddSingleton<IInterceptor>(new SlowCommandLog(path));
            }
        }

        return services;
    }

    public static WebApplication UseBenchSupport(this WebApplication app)
    {
        if (!IsEnabled(app.Configuration))
        {
            return app;
        }

        var version = app.Services.GetRequiredService<DataVersion>();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.ContainsKey("X-Bench-After-Save"))
            {
                version.Bump();
            }

            context.Items[CountKey] = new int[1];
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["X-Sql-Commands"] = ((int[])context.Items[CountKey]!)[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next();
        });
        var size = app.Configuration.GetValue("Bench:CeilingBytes", 20_000);
        var page = Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"sq\"><body>" + new string('x', size) + "</body></html>");
        // Behind the same authentication as every page, so the ratio measures the pages' own work.
        app.MapGet("/bench/ceiling", (HttpContext context) => Results.Bytes(page, "text/html; charset=utf-8"));
        return app;
    }

    /// <summary><c>Bench:SqlLog</c>: each command's text (parameters by name, never their values) and time, to study a
    /// slow page's queries (EXPLAIN QUERY PLAN them by hand).</summary>
    private sealed class SlowCommandLog(string path) : DbCommandInterceptor
    {
        private readonly Lock _gate = new();

        private void Write(DbCommand command, CommandExecutedEventData eventData)
        {
            var line = $"{eventData.Duration.TotalMilliseconds:0.0}\t{command.CommandText.ReplaceLineEndings(" ")}{Environment.NewLine}";
            lock (_gate)
            {
                File.AppendAllText(path, line);
            }
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Write(command, eventData);
            return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            Write(command, eventData);
            return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class RequestCommandCounter(IHttpContextAccessor http) : DbCommandInterceptor
    {
        private void Count()
        {
            if (http.HttpContext?.Items[CountKey] is int[] counter)
            {
                Interlocked.Increment(ref counter[0]);
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count();
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count();
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count();
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
