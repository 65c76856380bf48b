using Microsoft.AspNetCore.CookiePolicy;

namespace AntiTrafik.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>
    /// Every cookie the portal sets (sign-in, antiforgery, language, notices) is HttpOnly, SameSite=Strict and,
    /// outside Development, Secure: one rule for all of them, applied by <c>UseCookiePolicy</c>.
    /// </summary>
    public static IServiceCollection AddPortalCookiePolicy(this IServiceCollection services, IHostEnvironment environment) =>
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.MinimumSameSitePolicy = SameSiteMode.Strict;
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

    /// <summary>
    /// No framing, no MIME sniffing, no referrer (URLs must not travel to other sites), and scripts and
    /// styles from the portal itself only: the views use no inline script.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Content-Security-Policy"] =
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
}
