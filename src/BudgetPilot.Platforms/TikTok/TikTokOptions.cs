using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.TikTok;

/// <summary>One TikTok advertiser reached over the Business API v1.3.</summary>
public sealed class TikTokOptions
{
    public Uri BaseUrl { get; init; } = new("https://business-api.tiktok.com/open_api/");

    public string ApiVersion { get; init; } = "v1.3";

    public required string AdvertiserId { get; init; }

    /// <summary>Sent as the Access-Token header, without "Bearer" (TikTok refuses it with 40105).</summary>
    public required string AccessToken { get; init; }

    public required string WorkspaceCurrency { get; init; }

    /// <summary>
    /// Overrides for the advertiser's currency and time zone (reports are in its time zone). Null: read from
    /// advertiser/info/ once; set only when that read is wrong or not permitted for the token.
    /// </summary>
    public string? AccountCurrency { get; init; }

    public string? TimeZone { get; init; }

    public CurrencyRates Rates { get; init; } = CurrencyRates.None;

    public ResilienceSettings Resilience { get; init; } = new();
}
