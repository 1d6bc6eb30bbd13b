namespace BudgetPilot.Platforms.Currency;

/// <summary>The rate an adapter applied to an account's money, kept beside the converted data.</summary>
public sealed record RateUse(string AccountCurrency, string WorkspaceCurrency, decimal Rate, DateTimeOffset At);
