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

    /// <summary>The GAQL field holding a campaign's start (v20+ name; older versions call it campaign.start_date).</summary>
    public string StartField { get; init; } = "campaign.start_date_time";
}
