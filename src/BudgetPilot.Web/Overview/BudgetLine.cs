namespace BudgetPilot.Web.Overview;

/// <summary>An amount and its share of the total daily budget (0.97 = 97%).</summary>
public sealed record BudgetLine(decimal Amount, decimal Share);
