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
    int AdjustmentsLeftToday);
