using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Reports.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BudgetPilot.Hosting;

/// <summary>Runs <see cref="WeeklyReportService"/> only when <c>reports.weekly</c> is configured, so no host writes reports it was not asked for.</summary>
internal sealed class WeeklyReportLoop(BudgetPilotConfig config, IServiceProvider services) : IHostedService
{
    private WeeklyReportService? service;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!config.Notifications.WeeklyEnabled)
        {
            return Task.CompletedTask;
        }

        service = services.GetRequiredService<WeeklyReportService>();
        return service.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => service?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
