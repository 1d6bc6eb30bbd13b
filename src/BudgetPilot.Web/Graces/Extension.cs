namespace BudgetPilot.Web.Graces;

/// <summary>How much longer to wait; the workspace's grace period when absent.</summary>
public sealed record Extension(double? Hours);
