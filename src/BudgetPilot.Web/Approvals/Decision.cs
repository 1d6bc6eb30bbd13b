namespace BudgetPilot.Web.Approvals;

/// <summary>A manager's answer to an approval request; the comment goes to the audit log.</summary>
public sealed record Decision(string? Comment);
