using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Tests.Allocation;

public sealed class BreakEvenTests
{
    private static readonly AllocatorSettings NoExploration = new() { ExplorationShare = 0 };

    /// <summary>Returns about 0.4 per dollar at a 1,000/day budget: a loss at every dollar.</summary>
    private static HillCurve Loser => new(0.8, 3000, 1100);

    private static List<CampaignAnalysis> MarketWith(CampaignAnalysis loser) =>
    [
        loser,
        Markets.Campaign("good", Platform.TikTokAds, new HillCurve(0.8, 4000, 16000), 1500, 1),
        Markets.Campaign("fair", Platform.GoogleAds, new HillCurve(0.9, 2000, 7000), 2000, 3),
    ];

    private static DecisionContext Context(List<CampaignAnalysis> analyses, WorkspaceSettings? settings = null) =>
        Markets.Context(analyses, settings, Markets.Workspace with { TotalDailyBudget = analyses.Sum(a => a.Campaign.DailyBudget), MaxCampaignBudget = 10_000m });

    [Fact]
    public void ACampaignThatReturnsLessThanItSpends_IsPausedWithItsFittedReturn_AndTheGateLetsItThrough()
    {
        var ctx = Context(MarketWith(Markets.Campaign("loser", Platform.GoogleAds, Loser, 1000, 7)));

        var report = new ResponseCurveAllocator(NoExploration).Decide(ctx);

        var pause = Assert.Single(report.ImmediateActions, a => a.Type == ActionType.Pause);
        Assert.Equal("loser", pause.Campaign.Value);
        Assert.Equal(RuleIds.PauseBelowBreakEven, pause.Condition);
        Assert.Contains("below break-even", pause.Reasoning, StringComparison.Ordinal);
        Assert.True(pause.Confidence >= 0.85);
        Assert.DoesNotContain(report.ImmediateActions, a => a.Campaign.Value == "loser" && a.Type != ActionType.Pause);
        var verdicts = GuardrailGate.Evaluate(ctx.Settings, Markets.Gate(ctx), report.ImmediateActions);
        Assert.All(verdicts, v => Assert.True(v.Route == Route.Execute, string.Join(" ", v.Reasons)));
    }

    [Fact]
    public void AProfitableCampaign_IsNeverPaused()
    {
        // Returns about 1.3 per dollar on average: cut, perhaps, but not paused.
        var ctx = Context(MarketWith(Markets.Campaign("thin", Platform.GoogleAds, new HillCurve(0.8, 3000, 3600), 1000, 7)));

        var report = new ResponseCurveAllocator(NoExploration).Decide(ctx);

        Assert.DoesNotContain(report.ImmediateActions, a => a.Type == ActionType.Pause);
    }

    [Fact]
    public void TooFewDays_TooYoung_OrTooBigToPauseUnattended_IsNotPaused()
    {
        var twoDays = Markets.Campaign("loser", Platform.GoogleAds, Loser, 1000, 7, days: 2);
        var young = Markets.Campaign("loser", Platform.GoogleAds, Loser, 1000, 7) is var y
            ? y with { Campaign = y.Campaign with { StartedAt = Markets.Now.AddHours(-48) }, Runtime = TimeSpan.FromHours(48) }
            : null!;
        var big = Markets.Campaign("loser", Platform.GoogleAds, new HillCurve(0.8, 18000, 6600), 6000, 7);

        foreach (var loser in new[] { twoDays, young, big })
        {
            var report = new ResponseCurveAllocator(NoExploration).Decide(Context(MarketWith(loser)));
            Assert.DoesNotContain(report.ImmediateActions, a => a.Type == ActionType.Pause);
        }
    }

    [Fact]
    public void SemiAutonomous_ItProposesNoPauseOfItsOwn()
    {
        var settings = new WorkspaceSettings { Autonomy = AutonomyLevel.SemiAutonomous };

        var report = new ResponseCurveAllocator(NoExploration).Decide(Context(MarketWith(Markets.Campaign("loser", Platform.GoogleAds, Loser, 1000, 7)), settings));

        Assert.DoesNotContain(report.ImmediateActions, a => a.Type == ActionType.Pause);
    }
}
