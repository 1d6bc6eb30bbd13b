namespace BudgetPilot.Web.Campaigns;

/// <summary>A campaign's KPI summary as of the last analysis. <see cref="Trend"/> is today's ROAS against yesterday's (0.08 = +8%).</summary>
public sealed record CampaignRow(
    string Id, string Name, string Platform, string Status, decimal DailyBudget, decimal? Roas7d, decimal? Cpa7d, decimal Spend7d, decimal SpendToday,
    decimal Revenue7d = 0m, decimal RevenueToday = 0m, decimal? RoasToday = null, decimal? RoasYesterday = null, decimal? CpaToday = null, decimal SpendYesterday = 0m, decimal? Trend = null);
