namespace BudgetPilot.Core.Campaigns;

/// <summary>The seed's wire names for platforms (google_ads, meta_ads, ...).</summary>
public static class PlatformKeys
{
    public static string Key(this Platform platform) => platform switch
    {
        Platform.GoogleAds => "google_ads",
        Platform.MetaAds => "meta_ads",
        Platform.TikTokAds => "tiktok_ads",
        Platform.LinkedInAds => "linkedin_ads",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown platform."),
    };

    public static string DisplayName(this Platform platform) => platform switch
    {
        Platform.GoogleAds => "Google",
        Platform.MetaAds => "Meta",
        Platform.TikTokAds => "TikTok",
        Platform.LinkedInAds => "LinkedIn",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown platform."),
    };

    public static bool TryParse(string text, out Platform platform)
    {
        foreach (var candidate in Enum.GetValues<Platform>())
        {
            if (string.Equals(candidate.Key(), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.DisplayName(), text, StringComparison.OrdinalIgnoreCase))
            {
                platform = candidate;
                return true;
            }
        }

        platform = default;
        return false;
    }

    public static Platform Parse(string text) => TryParse(text, out var platform)
        ? platform
        : throw new FormatException($"'{text}' is not a known platform (google_ads, meta_ads, tiktok_ads, linkedin_ads).");
}
