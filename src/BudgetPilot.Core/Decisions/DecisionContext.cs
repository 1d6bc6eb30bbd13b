using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Decisions;

/// <summary>Everything an engine may look at for one cycle. Engines only propose; the gate decides.</summary>
public sealed record DecisionContext(
    Workspace Workspace,
    WorkspaceSettings Settings,
    DateTimeOffset Now,
    IReadOnlyList<CampaignAnalysis> Analyses,
    IReadOnlyList<Alert> OpenAlerts,
    IReadOnlyDictionary<CampaignId, DateTimeOffset> LastChangedAt,
    bool HourMark,
    decimal ReallocationRoomToday,
    int AdjustmentsLeftToday)
{
    /// <summary>
    /// No cycle ran in the day before this one: a new workspace, or one back from a long stop. A daily decision
    /// is taken now instead of waiting for its hour, so a new workspace shows what it would do at once.
    /// </summary>
    public bool FirstCycle { get; init; }
}
