using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Hosting;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Web.Activity;
using BudgetPilot.Web.Alerts;
using BudgetPilot.Web.Approvals;
using BudgetPilot.Web.Audit;
using BudgetPilot.Web.Auth;
using BudgetPilot.Web.Campaigns;
using BudgetPilot.Web.Chat;
using BudgetPilot.Web.Graces;
using BudgetPilot.Web.Health;
using BudgetPilot.Web.Live;
using BudgetPilot.Web.Notifications;
using BudgetPilot.Web.Overview;
using BudgetPilot.Web.Pages;
using BudgetPilot.Web.Reading;
using BudgetPilot.Web.Settings;
using BudgetPilot.Web.Sharing;
using Microsoft.Extensions.FileProviders;

namespace BudgetPilot.Web;

public static partial class BudgetPilotWebExtensions
{
    /// <summary>Where the app listens unless --urls, ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS or Kestrel endpoints say otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplicationBuilder AddBudgetPilotWeb(this WebApplicationBuilder builder, BudgetPilotConfig config)
    {
        var settings = builder.Configuration;
        if (string.IsNullOrEmpty(settings["urls"]) && string.IsNullOrEmpty(settings["http_ports"]) && string.IsNullOrEmpty(settings["https_ports"])
            && !settings.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Like the database file, the web data folder is the config file's: the app and the CLI agree from any directory.
        var web = settings.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        web.DataDirectory = Path.GetFullPath(web.DataDirectory, config.BaseDirectory);
        builder.Services.Configure<WebOptions>(settings.GetSection(WebOptions.Section));
        builder.Services.PostConfigure<WebOptions>(o => o.DataDirectory = Path.GetFullPath(o.DataDirectory, config.BaseDirectory));
        builder.Services.AddSingleton<SettingsBook>();
        builder.Services.AddSingleton<SnapshotCache>();
        builder.Services.AddSingleton<LiveBoardCache>();
        builder.Services.AddBudgetPilotSharing(web);

        // Settings changed in the dashboard take effect at the next cycle and the next request: the context is
        // rebuilt from the settings book every time it is resolved (registered before AddBudgetPilot's default).
        builder.Services.AddTransient(sp => new WorkspaceContext(
            config.Workspace, sp.GetRequiredService<SettingsBook>().Current, sp.GetRequiredService<Stores>(),
            sp.GetRequiredService<Executor>(), sp.GetRequiredService<TimeProvider>())
        {
            // The cycle hands the dashboard the analyses it just made: the dashboard never redoes them.
            Analysed = sp.GetRequiredService<SnapshotCache>().Publish,
        });
        builder.Services.AddBudgetPilot(config);
        builder.Services.AddCycleScheduler();
        builder.Services.AddHealthChecks().AddCheck<CycleHealthCheck>("cycle");
        builder.Services.AddBudgetPilotAuth(web);
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapBudgetPilotWeb(this WebApplication app)
    {
        var config = app.Services.GetRequiredService<BudgetPilotConfig>();
        LogConfiguration(app.Logger, config.Source, config.Workspace.Id, config.Settings.Autonomy.ToString(), config.IsSimulated);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new EmbeddedFileProvider(typeof(BudgetPilotWebExtensions).Assembly, "BudgetPilot.Web.wwwroot") });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use(CsrfGuard.InvokeAsync);

        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1");
        AuthEndpoints.Map(app, api);
        OverviewEndpoints.Map(api);
        ActivityEndpoints.Map(api);
        AuditEndpoints.Map(api);
        ApprovalEndpoints.Map(api);
        GraceEndpoints.Map(api);
        AlertEndpoints.Map(api);
        CampaignEndpoints.Map(api);
        SettingsEndpoints.Map(api);
        ChatEndpoints.Map(api);
        Ai.AiEndpoints.Map(api);
        LiveEndpoints.Map(api);
        NotificationEndpoints.Map(api);
        ShareEndpoints.Map(app, api);
        AppPage.Map(app);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Configuration from {Source}: workspace {WorkspaceId}, {Autonomy}, simulated market only: {Simulated}")]
    private static partial void LogConfiguration(ILogger logger, string source, string workspaceId, string autonomy, bool simulated);
}
