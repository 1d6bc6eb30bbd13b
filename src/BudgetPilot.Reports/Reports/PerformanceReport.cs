using BudgetPilot.Core.Alerts;

namespace BudgetPilot.Reports.Reports;

/// <summary>
/// The post-factum report of a period (a day or a week): money against the previous period and the
/// target, every action with its effect, every approval decision, alerts, and the time saved.
/// Every figure is read from the metric store and the audit log; nothing is estimated here.
/// </summary>
public sealed record PerformanceReport(
    string WorkspaceId,
    string WorkspaceName,
    string Currency,
    string Title,
    DateTimeOffset From,
    DateTimeOffset To,
    PeriodTotals Current,
    PeriodTotals Previous,
    decimal TargetRoas,
    IReadOnlyList<DayTotals> Days,
    IReadOnlyList<ReportedAction> Actions,
    IReadOnlyList<ReportedDecision> Decisions,
    IReadOnlyList<Alert> Alerts,
    TimeSaved TimeSaved,
    DateTimeOffset GeneratedAt)
{
    /// <summary>The conversion lag the provisional days were judged by.</summary>
    public int ConversionLagDays { get; init; }

    /// <summary>True when some of the period's revenue is still to be reported (see <see cref="DayTotals.Provisional"/>).</summary>
    public bool HasProvisionalDays => Days.Any(d => d.Provisional);

    public int Approved => Decisions.Count(d => d.Kind == Core.Execution.AuditKind.Approved);

    public int Rejected => Decisions.Count(d => d.Kind == Core.Execution.AuditKind.Rejected);

    public int Expired => Decisions.Count(d => d.Kind == Core.Execution.AuditKind.Expired);

    public int Requested => Decisions.Count(d => d.Kind == Core.Execution.AuditKind.ApprovalRequested);
}
