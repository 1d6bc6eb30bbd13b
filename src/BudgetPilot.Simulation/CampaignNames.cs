using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Simulation;

/// <summary>Readable names such as "Meta – Winter Promo"; a number is added once a platform's list runs out.</summary>
internal static class CampaignNames
{
    private static readonly string[] Google =
    [
        "Brand Search", "Generic Search", "Shopping – Bestsellers", "Performance Max", "Competitor Terms",
        "Display Remarketing", "YouTube Awareness", "Local Stores", "Spring Sale Search", "Discovery Feed",
    ];

    private static readonly string[] Meta =
    [
        "Winter Promo", "Lookalike Buyers", "Retargeting – Cart", "Advantage+ Shopping", "Story Ads",
        "Reels Launch", "Broad Prospecting", "Catalog Sales", "Lead Form", "Summer Collection",
    ];

    private static readonly string[] TikTok =
    [
        "Viral Series", "Spark Ads", "Creator Collab", "Hashtag Challenge", "Shop Ads",
        "TopView Launch", "UGC Testimonials", "Back to School", "Lives Promo", "Trend Remix",
    ];

    private static readonly string[] LinkedIn =
    [
        "Decision Makers", "Webinar Signups", "Whitepaper Leads", "ABM Enterprise", "Sponsored InMail",
        "Product Demo", "Conversation Ads", "Hiring Brand", "Event Promo", "Case Study",
    ];

    public static string For(Platform platform, int ordinal)
    {
        var list = platform switch
        {
            Platform.GoogleAds => Google,
            Platform.MetaAds => Meta,
            Platform.TikTokAds => TikTok,
            Platform.LinkedInAds => LinkedIn,
            _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown platform."),
        };
        var round = ordinal / list.Length;
        var name = $"{platform.DisplayName()} – {list[ordinal % list.Length]}";
        return round == 0 ? name : $"{name} #{round + 1}";
    }
}
