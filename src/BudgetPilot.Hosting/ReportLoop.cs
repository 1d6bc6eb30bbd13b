using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BudgetPilot.Hosting;

/// <summary>
/// Runs a scheduled report service only when its section (<c>reports.weekly</c>, <c>reports.daily</c>) is
/// configured, so no host writes reports it was not asked for; the service is not even built otherwise.
/// </summary>
internal sealed class ReportLoop<TService>(IServiceProvider services, bool enabled) : IHostedService
    where TService : class, IHostedService
{
    private TService? service;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return Task.CompletedTask;
        }

        service = services.GetRequiredService<TService>();
        return service.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => service?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
