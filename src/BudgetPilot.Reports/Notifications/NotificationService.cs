using BudgetPilot.Core.Cycle;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Reports.Notifications;

/// <summary>
/// The background loop: every minute, collect new events, fold digests, deliver what is due. One bad
/// pass is logged and the next one runs; the cycle scheduler never waits on any of it.
/// </summary>
public sealed partial class NotificationService(
    WorkspaceContext workspace, Notifier notifier, OutboxCourier courier, TimeProvider time, ILogger<NotificationService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private DateTimeOffset? cursor;

    /// <summary>One pass; public so tests and the CLI can drive it on a fake clock.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // On start, look back far enough to catch what happened while down; dedupe keys stop repeats.
        var from = cursor ?? now - TimeSpan.FromHours(1);
        await notifier.CollectAsync(workspace.Stores, workspace.Id, from, cancellationToken);
        cursor = now;
        await notifier.FoldDigestsAsync(cancellationToken);
        await courier.DeliverDueAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification pass failed; the next pass retries")]
    private partial void LogPassFailed(Exception exception);
}
