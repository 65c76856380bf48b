using Microsoft.AspNetCore.DataProtection;

namespace AntiTrafik.Web.Infrastructure;

public static class DataProtection
{
    /// <summary>
    /// Keys live in a folder outside the database (a shared volume in docker-compose), so several portal
    /// instances can read each other's cookies and links, and a copy of the database alone opens nothing.
    /// </summary>
    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services,
        IConfiguration configuration, IHostEnvironment environment)
    {
        var keysPath = PathResolver.UnderContentRoot(environment,
            Path.Combine(configuration["DataProtection:KeysPath"] ?? "App_Data/keys", "."));
        services.AddDataProtection()
            .SetApplicationName("AntiTrafik")
            .PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        services.AddSingleton(new Security.HashingKey(keysPath));
        services.AddSingleton<Security.PersonalDataProtector>();
        services.AddSingleton<Auditing.AuditChain>();
        services.AddSingleton<Auditing.AuditWriter>();
        services.AddScoped<Auditing.AuditTrail>();
        return services;
    }
}
