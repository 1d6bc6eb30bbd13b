using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Tests.Support;

/// <summary>A decision context for one cycle on the hour mark, with default settings and the guardrails' full room.</summary>
public static class Contexts
{
    public static DecisionContext For(Workspace workspace, params CampaignAnalysis[] analyses) => new(
        workspace,
        new WorkspaceSettings(),
        analyses.Length > 0 ? analyses[0].At : CampaignHistory.Today.ToDateTime(TimeOnly.MinValue),
        analyses,
        Array.Empty<Alert>(),
        new Dictionary<CampaignId, DateTimeOffset>(),
        HourMark: true,
        ReallocationRoomToday: workspace.TotalDailyBudget * 0.30m,
        AdjustmentsLeftToday: 50);

    public static DecisionContext For(params CampaignAnalysis[] analyses) => For(Workspaces.Utc, analyses);
}
