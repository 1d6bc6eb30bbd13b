using BudgetPilot.Core.Execution;

namespace BudgetPilot.Reports.Reports;

/// <summary>A human (or the clock) deciding an approval request, or the gate refusing an action, as audited.</summary>
public sealed record ReportedDecision(DateTimeOffset At, AuditKind Kind, string Campaign, string Actor, string Reason);
