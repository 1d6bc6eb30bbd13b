using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Execution;

/// <summary>The part of a campaign an action changes: enough to show before/after and to undo it.</summary>
public sealed record CampaignSnapshot(CampaignStatus Status, decimal DailyBudget)
{
    public static CampaignSnapshot Of(Campaign campaign) => new(campaign.Status, campaign.DailyBudget);
}
