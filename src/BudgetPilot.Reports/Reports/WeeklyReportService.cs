using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Reports.Reports;

/// <summary>
/// Generates the weekly report at its slot (weekday and hour in the workspace's zone): files in
/// <see cref="Directory"/>, an email with charts inline and the PDF attached, and a line in the in-app feed.
/// A failure is logged and recorded in the feed; the next slot comes regardless.
/// </summary>
public sealed partial class WeeklyReportService(
    WorkspaceContext workspace, ReportOptions options, INotificationOutbox outbox, IPdfRenderer pdf, EmailChannel? email, string directory,
    TimeProvider time, ILogger<WeeklyReportService> logger) : BackgroundService
{
    public string Directory => directory;

    /// <summary>Builds, writes and sends the report for the week ending on the local date of <paramref name="slot"/>.</summary>
    public async Task<PerformanceReport> GenerateAsync(DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var end = workspace.Workspace.LocalDate(slot);
        var report = await new ReportBuilder(workspace.Stores, workspace.Workspace, options, time).WeeklyAsync(end, cancellationToken);
        var name = $"weekly-{end:yyyy-MM-dd}";
        var html = await ReportFiles.WriteAsync(report, directory, name, pdf, cancellationToken);
        var status = OutboxStatus.Sent;
        string? error = null;
        if (email is not null)
        {
            try
            {
                var pdfBytes = await File.ReadAllBytesAsync(Path.ChangeExtension(html, ".pdf"), cancellationToken);
                await email.SendAsync(ReportEmail.Compose(email, report, pdfBytes), cancellationToken);
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
                $"report|{name}", $"Weekly report ready: {report.From:yyyy-MM-dd} to {end.AddDays(-1):yyyy-MM-dd}",
                $"Spend {report.Current.Spend:N2}, revenue {report.Current.Revenue:N2}, {report.Actions.Count} actions. {html}", now, now, status)
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
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var slot = ReportSchedule.NextWeekly(workspace.Workspace, options, now);
            await Task.Delay(slot - now, time, stoppingToken);
            try
            {
                await GenerateAsync(slot, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex, slot);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Weekly report due at {Slot} failed; the next slot will try again")]
    private partial void LogFailed(Exception exception, DateTimeOffset slot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly report {Name} was written but could not be emailed")]
    private partial void LogEmailFailed(Exception exception, string name);
}
