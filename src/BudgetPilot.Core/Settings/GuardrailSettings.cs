namespace BudgetPilot.Core.Settings;

/// <summary>The seed's <c>guardrails</c>. Fractions are fractions (0.30 = 30%).</summary>
public sealed record GuardrailSettings
{
    public int MaxDailyAdjustments { get; init; } = 50;

    public decimal MaxBudgetReallocationPerDayFraction { get; init; } = 0.30m;

    public decimal MaxSingleBudgetIncreaseFraction { get; init; } = 0.50m;

    public TimeSpan MinCampaignRuntimeBeforePause { get; init; } = TimeSpan.FromHours(72);

    /// <summary>Critical rule 5: never cut a campaign whose 7-day ROAS is above this.</summary>
    public decimal ProtectWinnersAboveRoas { get; init; } = 5.0m;
}
