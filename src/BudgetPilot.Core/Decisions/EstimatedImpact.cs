namespace BudgetPilot.Core.Decisions;

/// <summary>
/// The seed's <c>estimated_impact</c>, per day: spend no longer wasted, and revenue given up (for a cut)
/// or left on the table if the action is not taken (for an increase).
/// </summary>
public sealed record EstimatedImpact(decimal DailySavings, decimal DailyOpportunityCost, decimal DailyProfitChange);
