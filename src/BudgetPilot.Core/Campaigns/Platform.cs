namespace BudgetPilot.Core.Campaigns;

public enum Platform
{
    GoogleAds,
    MetaAds,
    TikTokAds,
    LinkedInAds,
}
