using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Metrics;

/// <summary>
/// One campaign-hour of delivery, as the platform reports it now. Conversions are attributed to the
/// hour of the click, so a later report of the same hour may carry more of them (conversion lag):
/// stores replace a sample by (campaign, hour), never add to it.
/// </summary>
public sealed record MetricSample(
    CampaignId CampaignId,
    DateTimeOffset Hour,
    decimal Spend,
    long Impressions,
    long Clicks,
    decimal Conversions,
    decimal ConversionValue,
    double? ImpressionShare = null)
{
    /// <summary>Set when the account reports in another currency: the original amounts and the rate used.</summary>
    public ReportedMoney? Reported { get; init; }
}
