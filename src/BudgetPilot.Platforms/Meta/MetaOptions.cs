using BudgetPilot.Platforms.Currency;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.Meta;

/// <summary>One Meta ad account reached over the Marketing (Graph) API.</summary>
public sealed class MetaOptions
{
    public Uri BaseUrl { get; init; } = new("https://graph.facebook.com/");

    public string ApiVersion { get; init; } = "v25.0";

    /// <summary>The ad account id, with or without the act_ prefix.</summary>
    public required string AdAccountId { get; init; }

    public required string AccessToken { get; init; }

    public required string WorkspaceCurrency { get; init; }

    public CurrencyRates Rates { get; init; } = CurrencyRates.None;

    public ResilienceSettings Resilience { get; init; } = new();

    /// <summary>The one action type counted as a conversion; Meta reports one purchase under several types, never sum them.</summary>
    public string ConversionActionType { get; init; } = "omni_purchase";

    internal string Account => AdAccountId.StartsWith("act_", StringComparison.Ordinal) ? AdAccountId : $"act_{AdAccountId}";
}
