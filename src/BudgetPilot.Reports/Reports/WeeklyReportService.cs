using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Notifications;
using BudgetPilot.Reports.Channels;
using Microsoft.Extensions.Logging;

namespace BudgetPilot.Reports.Reports;

/// <summary>The weekly AI performance report, on the configured weekday and hour, for the seven local days before it.</summary>
public sealed class WeeklyReportService(
    WorkspaceContext workspace, ReportOptions options, INotificationOutbox outbox, IPdfRenderer pdf, EmailChannel? email, string directory,
    TimeProvider time, ILogger<WeeklyReportService> logger) : ScheduledReportService(workspace, options, outbox, pdf, email, directory, time, logger)
{
    public override DateTimeOffset NextSlot(DateTimeOffset after) => ReportSchedule.NextWeekly(Workspace.Workspace, Options, after);

    protected override async Task<(PerformanceReport Report, string Name, string Title, string Period)> BuildAsync(DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var end = Workspace.Workspace.LocalDate(slot);
        var report = await Builder.WeeklyAsync(end, cancellationToken);
        // Local dates: the period's UTC start is the evening before in zones east of UTC.
        var period = $"{end.AddDays(-7):yyyy-MM-dd} to {end.AddDays(-1):yyyy-MM-dd}";
        return (report, $"weekly-{end:yyyy-MM-dd}", $"Weekly report ready: {period}", period);
    }
}
