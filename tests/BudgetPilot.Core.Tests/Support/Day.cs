namespace BudgetPilot.Core.Tests.Support;

/// <summary>
/// One local day of a campaign as the numbers a test cares about. Clicks = spend / CPC, impressions =
/// clicks / CTR, conversions = spend / CPA unless given; value = spend × ROAS.
/// </summary>
public sealed record Day(
    decimal Spend = 240m,
    decimal Roas = 3m,
    decimal Ctr = 0.02m,
    decimal Cpc = 1.2m,
    decimal? Conversions = null,
    decimal? Cpa = null,
    double? ImpressionShare = null)
{
    public decimal DayConversions => Conversions ?? (Cpa is { } cpa ? Spend / cpa : 12m);
}
