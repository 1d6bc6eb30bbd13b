using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Reports.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BudgetPilot.Hosting;

/// <summary>Runs <see cref="DailyReportService"/> only when <c>reports.daily</c> is configured, so no host writes reports it was not asked for.</summary>
internal sealed class DailyReportLoop(BudgetPilotConfig config, IServiceProvider services) : IHostedService
{
    private DailyReportService? service;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!config.Notifications.DailyEnabled)
        {
            return Task.CompletedTask;
        }

        service = services.GetRequiredService<DailyReportService>();
        return service.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => service?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
