using BudgetPilot.Core.Cycle;
using BudgetPilot.Hosting.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Hosting.Scheduling;

/// <summary>
/// Runs the cycle at start and then every <c>monitoring_interval</c>, each in its own DI scope.
/// A failing or timed-out cycle is logged and the loop goes on: one bad cycle never stops the next.
/// </summary>
public sealed partial class CycleScheduler(
    IServiceScopeFactory scopes,
    BudgetPilotConfig config,
    CycleStatus status,
    TimeProvider time,
    ILogger<CycleScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = config.Scheduler;
        if (!options.Enabled)
        {
            LogDisabled(config.Workspace.Id);
            return;
        }

        LogStarted(config.Workspace.Id, options.Interval);
        using var timer = new PeriodicTimer(options.Interval, time);
        try
        {
            do
            {
                await RunOnceAsync(options.CycleTimeout, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogStopped(config.Workspace.Id);
        }
    }

    private async Task RunOnceAsync(TimeSpan timeout, CancellationToken stoppingToken)
    {
        var startedAt = time.GetUtcNow();
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, deadline.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<ICycleRunner>();
            var record = await runner.RunAsync(startedAt, linked.Token);
            status.Succeeded(startedAt);
            LogCompleted(config.Workspace.Id, startedAt, time.GetUtcNow() - startedAt, record.Counts.Executed, record.Counts.ApprovalsRequested, record.Errors.Count);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested)
        {
            status.Failed(startedAt, $"timed out after {timeout}");
            LogTimedOut(e, config.Workspace.Id, startedAt, timeout);
        }
        catch (Exception e)
        {
            status.Failed(startedAt, $"{e.GetType().Name}: {e.Message}");
            LogFailed(e, config.Workspace.Id, startedAt);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler for workspace {WorkspaceId} started: a cycle now and every {Interval}")]
    private partial void LogStarted(string workspaceId, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler is switched off on this node (scheduler.enabled: false); workspace {WorkspaceId} is not cycled here")]
    private partial void LogDisabled(string workspaceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler for workspace {WorkspaceId} stopped")]
    private partial void LogStopped(string workspaceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cycle of workspace {WorkspaceId} at {At:o} done in {Duration}: {Executed} executed, {Approvals} approvals requested, {Errors} errors")]
    private partial void LogCompleted(string workspaceId, DateTimeOffset at, TimeSpan duration, int executed, int approvals, int errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cycle of workspace {WorkspaceId} at {At:o} was cancelled after {Timeout}; the next cycle runs on schedule")]
    private partial void LogTimedOut(Exception exception, string workspaceId, DateTimeOffset at, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cycle of workspace {WorkspaceId} at {At:o} failed; the next cycle runs on schedule")]
    private partial void LogFailed(Exception exception, string workspaceId, DateTimeOffset at);
}
