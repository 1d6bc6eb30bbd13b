namespace BudgetPilot.Core.Campaigns;

public enum CampaignStatus
{
    Active,
    Paused,
    Removed,
}
