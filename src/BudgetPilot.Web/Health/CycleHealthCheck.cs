using BudgetPilot.Hosting.Configuration;
using BudgetPilot.Hosting.Scheduling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BudgetPilot.Web.Health;

/// <summary>
/// Healthy while cycles succeed (or none has run yet, or this node does not schedule); degraded after
/// <see cref="FailuresBeforeDegraded"/> failures in a row, so a monitor notices a loop that runs but never works.
/// </summary>
public sealed class CycleHealthCheck(CycleStatus status, BudgetPilotConfig config) : IHealthCheck
{
    public const int FailuresBeforeDegraded = 3;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = status.Current;
        var data = new Dictionary<string, object>
        {
            ["workspace"] = config.Workspace.Id,
            ["simulated"] = config.IsSimulated,
            ["schedulerEnabled"] = config.Scheduler.Enabled,
            ["consecutiveFailures"] = now.ConsecutiveFailures,
        };
        if (now.LastStartedAt is { } started)
        {
            data["lastCycleAt"] = started;
        }

        if (now.LastSucceededAt is { } succeeded)
        {
            data["lastSucceededAt"] = succeeded;
        }

        if (now.LastError is { } error)
        {
            data["lastError"] = error;
        }

        var result = (config.Scheduler.Enabled, now) switch
        {
            (false, _) => HealthCheckResult.Healthy("The scheduler is switched off on this node.", data),
            (_, { LastStartedAt: null }) => HealthCheckResult.Healthy("Waiting for the first cycle.", data),
            (_, { ConsecutiveFailures: >= FailuresBeforeDegraded }) => HealthCheckResult.Degraded($"The last {now.ConsecutiveFailures} cycles failed: {now.LastError}", data: data),
            (_, { ConsecutiveFailures: > 0 }) => HealthCheckResult.Healthy($"The last cycle failed: {now.LastError}", data),
            _ => HealthCheckResult.Healthy("Cycles are running.", data),
        };
        return Task.FromResult(result);
    }
}
