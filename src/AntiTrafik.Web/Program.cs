using AntiTrafik.Web.Data;
using AntiTrafik.Web.Features.Cases.Documents;
using AntiTrafik.Web.Infrastructure;
using AntiTrafik.Web.Infrastructure.Bench;
using AntiTrafik.Web.Infrastructure.Notifications;
using AntiTrafik.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalLogging();
// No "Server: Kestrel" header: the portal does not say what it runs on.
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment);
builder.Services.AddPortalDataProtection(builder.Configuration, builder.Environment);
builder.Services.AddPortalIdentity();
builder.Services.AddPortalAuthorization();
builder.Services.AddPortalCookiePolicy(builder.Environment);
builder.Services.AddPortalRateLimits(builder.Configuration);
builder.Services.AddPortalLocalization();
builder.Services.AddPortalMvc();
builder.Services.AddPortalCaseDocuments(builder.Configuration);
builder.Services.AddPortalNotifications(builder.Configuration, builder.Environment);
builder.Services.AddBenchSupport(builder.Configuration);

var app = builder.Build();

if (DatabaseBackup.IsRequested(app.Configuration))
{
    return await DatabaseBackup.RunAsync(app);
}

if (!DatabaseSetup.IsMigrateOnly(app.Configuration))
{
    app.EnsureKeysCanBeOpened();
}

app.UsePortalPipeline();
app.UseBenchSupport();
app.MapPortalEndpoints();

var demoAccounts = await app.PrepareDatabaseAsync();
if (DatabaseSetup.IsMigrateOnly(app.Configuration))
{
    return 0;
}

if (app.Configuration.GetValue<int?>("Generate:Cases") is { } generate)
{
    await app.GenerateLargeDataAsync(generate);
    return 0;
}

app.AnnounceAddressesOnStart(demoAccounts);
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests' WebApplicationFactory can find it.</summary>
public partial class Program;
