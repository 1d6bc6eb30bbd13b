namespace BudgetPilot.Core.Settings;

/// <summary>The seed's <c>human_approval_required</c> for full autonomous mode.</summary>
public sealed record ApprovalRules
{
    public decimal BudgetChangeFraction { get; init; } = 0.20m;

    public bool NewCampaignCreation { get; init; } = true;

    public decimal PauseCampaignIfDailySpendAbove { get; init; } = 5000m;

    public bool MajorStrategyChange { get; init; } = true;

    /// <summary>A reallocation moving at least this share of the total daily budget is a major strategy change.</summary>
    public decimal MajorStrategyChangeShareOfBudget { get; init; } = 0.10m;
}
