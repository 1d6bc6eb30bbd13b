using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.Google;

/// <summary>One Google Ads customer account reached over the REST API.</summary>
public sealed class GoogleAdsOptions
{
    public Uri BaseUrl { get; init; } = new("https://googleads.googleapis.com/");

    public string ApiVersion { get; init; } = "v21";

    /// <summary>Digits only; hyphens are removed.</summary>
    public required string CustomerId { get; init; }

    public string? LoginCustomerId { get; init; }

    public required string DeveloperToken { get; init; }

    public required string AccessToken { get; init; }

    public required string WorkspaceCurrency { get; init; }

    public CurrencyRates Rates { get; init; } = CurrencyRates.None;

    public ResilienceSettings Resilience { get; init; } = new();

    /// <summary>The GAQL field holding a campaign's start: v23 replaced campaign.start_date with campaign.start_date_time.</summary>
    public string StartField => int.TryParse(ApiVersion.TrimStart('v', 'V').Split('.')[0], System.Globalization.CultureInfo.InvariantCulture, out var major) && major < 23
        ? "campaign.start_date"
        : "campaign.start_date_time";
}
