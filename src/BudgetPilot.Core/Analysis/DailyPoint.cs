namespace BudgetPilot.Core.Analysis;

/// <summary>One complete local day of a campaign.</summary>
public readonly record struct DailyPoint(DateOnly Date, Kpis Kpis);
