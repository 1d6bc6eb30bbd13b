using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.LinkedIn;

/// <summary>One LinkedIn ad account reached over the versioned Marketing REST API.</summary>
public sealed class LinkedInOptions
{
    public Uri BaseUrl { get; init; } = new("https://api.linkedin.com/rest/");

    /// <summary>The LinkedIn-Version header (YYYYMM); old versions are sunset.</summary>
    public string ApiVersion { get; init; } = "202601";

    public required string AdAccountId { get; init; }

    public required string AccessToken { get; init; }

    public required string WorkspaceCurrency { get; init; }

    public CurrencyRates Rates { get; init; } = CurrencyRates.None;

    public ResilienceSettings Resilience { get; init; } = new();
}
