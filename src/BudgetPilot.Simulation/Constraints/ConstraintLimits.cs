using BudgetPilot.Core.Settings;

namespace BudgetPilot.Simulation.Constraints;

/// <summary>The business rules every policy and the oracle are held to, with the seed's defaults.</summary>
public sealed record ConstraintLimits(decimal TotalDailyBudget)
{
    public decimal MaxIncreaseFraction { get; init; } = 0.50m;

    public decimal MaxReallocationPerDayFraction { get; init; } = 0.30m;

    public TimeSpan MinRuntimeBeforePause { get; init; } = TimeSpan.FromHours(72);

    public double ProtectWinnersAboveRoas { get; init; } = 5.0;

    /// <summary>Slack for rounding to cents.</summary>
    public decimal Tolerance { get; init; } = 0.01m;

    public decimal MaxReallocationPerDay => TotalDailyBudget * MaxReallocationPerDayFraction;

    public static ConstraintLimits From(decimal totalDailyBudget, GuardrailSettings guardrails)
    {
        ArgumentNullException.ThrowIfNull(guardrails);
        return new ConstraintLimits(totalDailyBudget)
        {
            MaxIncreaseFraction = guardrails.MaxSingleBudgetIncreaseFraction,
            MaxReallocationPerDayFraction = guardrails.MaxBudgetReallocationPerDayFraction,
            MinRuntimeBeforePause = guardrails.MinCampaignRuntimeBeforePause,
            ProtectWinnersAboveRoas = (double)guardrails.ProtectWinnersAboveRoas,
        };
    }
}
