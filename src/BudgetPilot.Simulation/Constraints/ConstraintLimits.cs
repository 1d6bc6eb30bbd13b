using BudgetPilot.Core.Settings;

namespace BudgetPilot.Simulation.Constraints;

/// <summary>The business rules every policy and the oracle are held to, with the seed's defaults.</summary>
public sealed record ConstraintLimits(decimal TotalDailyBudget)
{
    public decimal MaxIncreaseFraction { get; init; } = 0.50m;

    public decimal MaxReallocationPerDayFraction { get; init; } = 0.30m;

    public TimeSpan MinRuntimeBeforePause { get; init; } = TimeSpan.FromHours(72);

    public double ProtectWinnersAboveRoas { get; init; } = 5.0;

    /// <summary>
    /// Constraint (6), the approval rules of full autonomy: a budget change of more than this share
    /// needs a manager. With nobody answering approvals, it is a hard limit on every change.
    /// </summary>
    public decimal MaxUnapprovedChangeFraction { get; init; } = 0.20m;

    /// <summary>Constraint (6): moving this share of the total or more in one reallocation is a major strategy change that needs a manager.</summary>
    public decimal MajorChangeShareOfBudget { get; init; } = 0.10m;

    /// <summary>Slack for rounding to cents.</summary>
    public decimal Tolerance { get; init; } = 0.01m;

    public decimal MaxReallocationPerDay => TotalDailyBudget * MaxReallocationPerDayFraction;

    public static ConstraintLimits From(decimal totalDailyBudget, GuardrailSettings guardrails, ApprovalRules? approvals = null)
    {
        ArgumentNullException.ThrowIfNull(guardrails);
        approvals ??= new ApprovalRules();
        return new ConstraintLimits(totalDailyBudget)
        {
            MaxUnapprovedChangeFraction = approvals.BudgetChangeFraction,
            MajorChangeShareOfBudget = approvals.MajorStrategyChange ? approvals.MajorStrategyChangeShareOfBudget : 1m,
            MaxIncreaseFraction = guardrails.MaxSingleBudgetIncreaseFraction,
            MaxReallocationPerDayFraction = guardrails.MaxBudgetReallocationPerDayFraction,
            MinRuntimeBeforePause = guardrails.MinCampaignRuntimeBeforePause,
            ProtectWinnersAboveRoas = (double)guardrails.ProtectWinnersAboveRoas,
        };
    }
}
