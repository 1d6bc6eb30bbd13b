using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Alerts;

/// <summary>
/// An open or resolved condition. At most one is open per (workspace, campaign, kind); it is updated
/// while the condition holds and resolves itself when it clears.
/// </summary>
public sealed record Alert(
    Guid Id,
    string WorkspaceId,
    CampaignId? Campaign,
    AlertKind Kind,
    AlertSeverity Severity,
    string Message,
    DateTimeOffset OpenedAt,
    DateTimeOffset LastSeenAt)
{
    public DateTimeOffset? ResolvedAt { get; init; }

    public decimal? Observed { get; init; }

    public decimal? Threshold { get; init; }

    public bool IsOpen => ResolvedAt is null;

    public string Key => $"{Campaign?.ToString() ?? "-"}|{Kind}";
}
