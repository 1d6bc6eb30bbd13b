namespace BudgetPilot.Core.Metrics;

/// <summary>A sample's money as the platform reported it, in the account currency, before conversion.</summary>
public sealed record ReportedMoney(decimal Spend, decimal ConversionValue, CurrencyConversion Conversion);
