using System.Text.Json.Serialization;
using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Decisions;

/// <summary>The seed's WATCH CLOSELY band: a metric, a condition and how often to check it.</summary>
public sealed record MonitoringItem([property: JsonPropertyName("campaign_id")] CampaignId Campaign, string CampaignName, string WatchMetric, string AlertIf, string CheckFrequency, string Reason, double Confidence);
