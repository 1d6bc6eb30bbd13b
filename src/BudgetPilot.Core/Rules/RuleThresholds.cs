namespace BudgetPilot.Core.Rules;

/// <summary>The numbers of the seed's decision framework, in one place.</summary>
public sealed record RuleThresholds
{
    public decimal PauseRoasBelow { get; init; } = 1.5m;

    public int PauseRoasConsecutiveDays { get; init; } = 3;

    public decimal PauseCpaAboveTargetFraction { get; init; } = 0.50m;

    public decimal ReduceRoasUpTo { get; init; } = 2.0m;

    public decimal ReduceCpaAboveTargetFraction { get; init; } = 0.25m;

    public decimal FatigueCtrDropFraction { get; init; } = 0.30m;

    public decimal MinCut { get; init; } = 0.30m;

    public decimal MaxCut { get; init; } = 0.50m;

    public decimal IncreaseRoasAbove { get; init; } = 4.0m;

    public decimal IncreaseCpaBelowTargetFraction { get; init; } = 0.30m;

    public double IncreaseImpressionShareBelow { get; init; } = 0.70;

    public decimal MinStep { get; init; } = 0.20m;

    public decimal MaxStep { get; init; } = 0.40m;

    public decimal WatchRoasFrom { get; init; } = 2.0m;

    public decimal WatchRoasTo { get; init; } = 3.0m;

    public double VolatileAbove { get; init; } = 0.25;

    /// <summary>Share of a donor's budget a reallocation may take from it in one step.</summary>
    public decimal MaxDonorShare { get; init; } = 0.20m;

    /// <summary>Signal strength (0–1 past the threshold) from which an increase goes beyond the band's 20% floor, and so to a human.</summary>
    public decimal StrongSignal { get; init; } = 0.5m;

    /// <summary>
    /// Marginal return of a budget change as a share of the average ROAS. Response curves saturate, so
    /// the next dollar earns less than the average one; the impact estimates say so in their caveats.
    /// </summary>
    public decimal MarginalFactor { get; init; } = 0.75m;
}
