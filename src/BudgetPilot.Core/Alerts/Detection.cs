using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Alerts;

/// <summary>A condition a detector sees right now; the alert book turns these into opened, updated and resolved alerts.</summary>
public sealed record Detection(CampaignId? Campaign, AlertKind Kind, AlertSeverity Severity, string Message, decimal? Observed, decimal? Threshold);
