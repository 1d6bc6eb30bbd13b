namespace BudgetPilot.Web.Campaigns;

/// <summary>One local day of a campaign, for the charts.</summary>
public sealed record DayView(DateOnly Date, decimal Spend, decimal Conversions, decimal Value, decimal? Roas, decimal? Cpa);
