using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Channels;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Reports.Reports;

/// <summary>The daily post-factum report: at the configured local hour, what happened on the whole local day before.</summary>
public sealed class DailyReportService(
    WorkspaceContext workspace, ReportOptions options, INotificationOutbox outbox, IPdfRenderer pdf, EmailChannel? email, string directory,
    TimeProvider time, ILogger<DailyReportService> logger) : ScheduledReportService(workspace, options, outbox, pdf, email, directory, time, logger)
{
    public override DateTimeOffset NextSlot(DateTimeOffset after) => ReportSchedule.NextDaily(Workspace.Workspace, Options, after);

    protected override async Task<(PerformanceReport Report, string Name, string Title, string Period)> BuildAsync(DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var day = Workspace.Workspace.LocalDate(slot).AddDays(-1);
        var report = await Builder.DailyAsync(day, cancellationToken);
        return (report, $"daily-{day:yyyy-MM-dd}", $"Daily report ready: {day:yyyy-MM-dd}", $"{day:yyyy-MM-dd}");
    }
}
