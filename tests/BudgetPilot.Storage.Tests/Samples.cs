using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Storage.Tests;

internal static class Samples
{
    public static readonly DateTimeOffset Noon = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    public static CampaignId Meta(string id = "123") => new(Platform.MetaAds, id);

    public static ProposedAction Action(CampaignId? campaign = null, ActionType type = ActionType.ReduceBudget) => new(
        $"act-{Guid.NewGuid():N}",
        campaign ?? Meta(),
        "Spring sale",
        type,
        new CurrentState(500m, 3_400.25m, 4_100.5m, 1.206m, TrendDirection.Declining),
        350m,
        "Save 150/day of low-ROAS spend",
        "ROAS below 1.5 for 3 days",
        0.82,
        RiskLevel.Medium,
        new EstimatedImpact(150m, 40.5m, 109.5m),
        Urgency.Critical,
        "rules")
    {
        GroupId = "g-1",
        Rule = "reduce.roas_below_1_5",
        Condition = "roas_3d < 1.5",
    };
}
