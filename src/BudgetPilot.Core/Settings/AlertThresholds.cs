namespace BudgetPilot.Core.Settings;

/// <summary>The seed's <c>alerts</c>, plus the framework's fatigue and competition signals.</summary>
public sealed record AlertThresholds
{
    public decimal RoasDropFraction { get; init; } = 0.20m;

    public decimal CpaIncreaseFraction { get; init; } = 0.25m;

    public TimeSpan ZeroConversionsFor { get; init; } = TimeSpan.FromHours(48);

    public decimal CtrDropFraction { get; init; } = 0.30m;

    public decimal CpcIncreaseFraction { get; init; } = 0.25m;

    /// <summary>Below this spend in either window a comparison is noise, not a signal.</summary>
    public decimal MinSpendToCompare { get; init; } = 50m;
}
