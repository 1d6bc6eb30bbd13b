namespace BudgetPilot.Core.Campaigns;

/// <summary>A campaign's daily budget as the platform holds it, in the account currency, before conversion.</summary>
public sealed record ReportedBudget(decimal DailyBudget, CurrencyConversion Conversion);
