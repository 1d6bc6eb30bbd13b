namespace BudgetPilot.Core.Allocation;

/// <summary>
/// One local day of a campaign as last seen: its spend and the conversion value reported so far.
/// <see cref="Completeness"/> is the share of that day's value expected to have been reported by now
/// (late conversions), so a day seen at 0.6 is judged as 60% reported, not as a bad day.
/// </summary>
public readonly record struct ObservedDay(DateOnly Date, double Spend, double Value, double Conversions, double Completeness);
