using BudgetPilot.Hosting;
using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Web.Health;
using BudgetPilot.Web.Home;

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

        builder.Services.AddBudgetPilot(config);
        builder.Services.AddCycleScheduler();
        builder.Services.AddHealthChecks().AddCheck<CycleHealthCheck>("cycle");
        return builder;
    }

    public static WebApplication MapBudgetPilotWeb(this WebApplication app)
    {
        var config = app.Services.GetRequiredService<BudgetPilotConfig>();
        LogConfiguration(app.Logger, config.Source, config.Workspace.Id, config.Settings.Autonomy.ToString(), config.IsSimulated);
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
        app.MapGet("/", HomePage.Get);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Configuration from {Source}: workspace {WorkspaceId}, {Autonomy}, simulated market only: {Simulated}")]
    private static partial void LogConfiguration(ILogger logger, string source, string workspaceId, string autonomy, bool simulated);
}
