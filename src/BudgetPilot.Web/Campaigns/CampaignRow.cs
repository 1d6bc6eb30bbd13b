namespace BudgetPilot.Web.Campaigns;

public sealed record CampaignRow(string Id, string Name, string Platform, string Status, decimal DailyBudget, decimal? Roas7d, decimal? Cpa7d, decimal Spend7d, decimal SpendToday);
