namespace BudgetPilot.Platforms.Currency;

/// <summary>One configured rate: 1 <paramref name="From"/> = <paramref name="Rate"/> <paramref name="To"/>, where it was configured and the date it is from.</summary>
public sealed record RateEntry(string From, string To, decimal Rate, string Source, DateOnly? AsOf);
