using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Execution;

/// <summary>
/// What an adapter writes: absolute values, never "current + delta", so that a replay writes the same
/// thing. <see cref="NewCampaignName"/> is set only to create a campaign.
/// </summary>
public sealed record CampaignChange(CampaignId Campaign, CampaignStatus? Status, decimal? DailyBudget)
{
    public string? NewCampaignName { get; init; }
}
