namespace AntiTrafik.Web.Security;

/// <summary>
/// Coordinators and administrators who signed in without a second factor (their authenticator is not set up
/// yet) can reach nothing but the set-up page, the account pages and the error pages until it is set up.
/// </summary>
public static class SecondFactorRequirement
{
    public const string SetupPath = "/Account/TwoFactorSetup";

    public static IApplicationBuilder UseSecondFactorRequirement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var user = context.User;
            if (user.Identity?.IsAuthenticated == true && user.RequiresSecondFactor() && !user.SignedInWithSecondFactor()
                && !context.Request.Path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase) && !context.Request.Path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase)
                && !context.Request.Path.StartsWithSegments("/Language", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(SetupPath);
                return;
            }

            await next();
        });
}
