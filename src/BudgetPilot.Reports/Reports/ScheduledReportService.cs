using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Reports.Reports;

/// <summary>
/// Generates a report at each of its slots (local time in the workspace's zone): files in <see cref="Directory"/>,
/// an email with charts inline and the PDF attached, and a line in the in-app feed. A failure is logged and
/// recorded in the feed; the next slot comes regardless.
/// </summary>
public abstract partial class ScheduledReportService(
    WorkspaceContext workspace, ReportOptions options, INotificationOutbox outbox, IPdfRenderer pdf, EmailChannel? email, string directory,
    TimeProvider time, ILogger logger) : BackgroundService
{
    public string Directory => directory;

    /// <summary>
    /// Raised once the wait for a slot is armed: from then on that slot is certain to be noticed. For a health view,
    /// and for tests that drive a fake clock and must not move it while the next wait is being set up.
    /// </summary>
    public event Action<DateTimeOffset>? Waiting;

    protected WorkspaceContext Workspace => workspace;

    protected ReportOptions Options => options;

    protected ReportBuilder Builder => new(workspace.Stores, workspace.Workspace, options, time);

    /// <summary>The first slot strictly after <paramref name="after"/>.</summary>
    public abstract DateTimeOffset NextSlot(DateTimeOffset after);

    /// <summary>The report due at <paramref name="slot"/>, its file name (without extension), the feed's title and the local dates it covers.</summary>
    protected abstract Task<(PerformanceReport Report, string Name, string Title, string Period)> BuildAsync(DateTimeOffset slot, CancellationToken cancellationToken);

    /// <summary>Builds, writes and sends the report due at <paramref name="slot"/>.</summary>
    public async Task<PerformanceReport> GenerateAsync(DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var (report, name, title, period) = await BuildAsync(slot, cancellationToken);
        var html = await ReportFiles.WriteAsync(report, directory, name, pdf, cancellationToken);
        var status = OutboxStatus.Sent;
        string? error = null;
        if (email is not null)
        {
            try
            {
                var pdfBytes = await File.ReadAllBytesAsync(Path.ChangeExtension(html, ".pdf"), cancellationToken);
                await email.SendAsync(ReportEmail.Compose(email, report, pdfBytes, period), cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                status = OutboxStatus.Failed;
                error = $"email: {ex.GetType().Name}: {ex.Message}";
                LogEmailFailed(ex, name);
            }
        }

        var now = time.GetUtcNow();
        await outbox.AddAsync(
        [
            new OutboxMessage(Guid.NewGuid(), workspace.Id, InAppChannel.ChannelName, NotificationKind.ReportReady, status == OutboxStatus.Sent ? AlertSeverity.Low : AlertSeverity.Medium,
                $"report|{name}", title, $"Spend {report.Current.Spend:N2}, revenue {report.Current.Revenue:N2}, {report.Actions.Count} actions. {html}", now, now, status)
            {
                SentAt = status == OutboxStatus.Sent ? now : null,
                LastError = error,
                Attempts = 1,
            },
        ], cancellationToken);
        return report;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The next slot is taken strictly after the one just done, so a slot is never generated twice even when
        // the clock has not moved while the report was built.
        var after = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var slot = NextSlot(after);
            var wait = slot - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                var delay = Task.Delay(wait, time, stoppingToken);
                Waiting?.Invoke(slot);
                await delay;
            }

            try
            {
                await GenerateAsync(slot, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex, GetType().Name, slot);
            }

            after = slot;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Service}: the report due at {Slot} failed; the next slot will try again")]
    private partial void LogFailed(Exception exception, string service, DateTimeOffset slot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {Name} was written but could not be emailed")]
    private partial void LogEmailFailed(Exception exception, string name);
}
