using System.Text.Json;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Serialization;
using BudgetPilot.Core.Tests.Support;

namespace BudgetPilot.Core.Tests.Rules;

public sealed class DecisionReportJsonTests
{
    /// <summary>A pause, a cut, a reallocation and a watch item: every part of the seed's reply shape filled.</summary>
    private static DecisionReport Report()
    {
        var analyses = new[]
        {
            CampaignHistory.Of(11).Then(3, new Day(Roas: 1.4m)).As("winter-promo", Platform.MetaAds).Analyze(),
            CampaignHistory.Of(11, new Day(Spend: 280m, Cpc: 1m)).Then(3, new Day(Spend: 280m, Cpc: 1m, Ctr: 0.012m)).As("tired").Analyze(),
            CampaignHistory.Of(14, new Day(Roas: 4.5m)).As("winner", Platform.GoogleAds, 1_000m).Analyze(),
            CampaignHistory.Of(14, new Day(Roas: 1.8m)).As("donor", Platform.TikTokAds, 1_000m).Analyze(),
            CampaignHistory.Of(7).ThenRoas(1.6m, 3.4m, 1.6m, 3.4m, 1.6m, 3.4m, 2.5m).As("jumpy").Analyze(),
        };
        var ws = Workspaces.Utc with { TotalDailyBudget = analyses.Sum(a => a.Campaign.DailyBudget) };
        return new SeedRulesEngine().Decide(Contexts.For(ws, analyses));
    }

    [Fact]
    public void Serialize_Report_UsesTheSeedsSnakeCaseKeysAndActionTypes()
    {
        var report = Report();

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, BudgetPilotJson.Options));

        var root = json.RootElement;
        foreach (var key in new[] { "timestamp", "overall_health", "immediate_actions", "monitoring_items", "budget_reallocation", "expected_outcomes", "risks_and_caveats" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"missing '{key}'");
        }

        Assert.Equal("EXCELLENT", root.GetProperty("overall_health").GetString());
        var types = root.GetProperty("immediate_actions").EnumerateArray().Select(a => a.GetProperty("action_type").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["PAUSE", "REALLOCATE", "REALLOCATE", "REDUCE_BUDGET"], types);
        var pause = root.GetProperty("immediate_actions").EnumerateArray().Single(a => a.GetProperty("action_type").GetString() == "PAUSE");
        Assert.Equal("meta_ads:winter-promo", pause.GetProperty("campaign_id").GetString());
        Assert.Equal("LOW", pause.GetProperty("risk_level").GetString());
        Assert.True(pause.GetProperty("estimated_impact").TryGetProperty("daily_savings", out _));
        Assert.True(pause.GetProperty("estimated_impact").TryGetProperty("daily_opportunity_cost", out _));
        Assert.True(root.GetProperty("budget_reallocation").TryGetProperty("total_moved", out _));
        Assert.True(root.GetProperty("expected_outcomes").TryGetProperty("new_overall_roas", out _));
        Assert.True(root.GetProperty("expected_outcomes").TryGetProperty("improvement_vs_current", out _));
        Assert.True(root.GetProperty("expected_outcomes").TryGetProperty("daily_profit_increase", out _));
        var watch = root.GetProperty("monitoring_items")[0];
        Assert.Equal(["watch_metric", "alert_if", "check_frequency"], new[] { "watch_metric", "alert_if", "check_frequency" }.Where(k => watch.TryGetProperty(k, out _)));
    }

    [Fact]
    public void Deserialize_SerializedReport_RoundTripsToTheSameJson()
    {
        var json = JsonSerializer.Serialize(Report(), BudgetPilotJson.Options);

        var back = JsonSerializer.Deserialize<DecisionReport>(json, BudgetPilotJson.Options);

        Assert.NotNull(back);
        Assert.Equal(json, JsonSerializer.Serialize(back, BudgetPilotJson.Options));
        var pause = back.ImmediateActions.Single(a => a.Type == ActionType.Pause);
        Assert.Equal(new CampaignId(Platform.MetaAds, "winter-promo"), pause.Campaign);
        Assert.Equal(RuleIds.PauseRoasBelowForDays, pause.Rule);
    }
}
