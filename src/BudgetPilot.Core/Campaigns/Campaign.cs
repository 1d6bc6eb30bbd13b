namespace BudgetPilot.Core.Campaigns;

/// <summary>
/// A campaign as BudgetPilot last saw it on its platform. Budgets are daily, in the workspace's
/// reporting currency (platform adapters convert at the edge and keep the rate they used).
/// </summary>
public sealed record Campaign(
    CampaignId Id,
    string Name,
    CampaignStatus Status,
    decimal DailyBudget,
    DateTimeOffset StartedAt)
{
    public bool IsActive => Status == CampaignStatus.Active;

    /// <summary>Set when the platform says the budget is shared with other campaigns (Google shared budgets).</summary>
    public bool HasSharedBudget { get; init; }

    /// <summary>
    /// Set when the campaign has no budget of its own and <see cref="DailyBudget"/> is the sum of its active ad
    /// sets' daily budgets (Meta campaigns without campaign budget optimisation); a change is spread over them.
    /// </summary>
    public bool BudgetOnAdSets { get; init; }

    /// <summary>Set when the account's currency is not the workspace's: the budget as the platform holds it and the rate used.</summary>
    public ReportedBudget? ReportedBudget { get; init; }
}
