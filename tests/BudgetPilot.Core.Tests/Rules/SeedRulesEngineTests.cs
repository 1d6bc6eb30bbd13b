using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Tests.Support;

namespace BudgetPilot.Core.Tests.Rules;

public sealed class SeedRulesEngineTests
{
    private static readonly SeedRulesEngine Engine = new();

    private static CampaignAnalysis Steady(string id, Day day, decimal budget = 250m, Platform platform = Platform.GoogleAds) =>
        CampaignHistory.Of(14, day).As(id, platform, budget).Analyze();

    private static CampaignAnalysis Loser(string id = "loser") => CampaignHistory.Of(11).Then(3, new Day(Roas: 1.4m)).As(id).Analyze();

    private static CampaignAnalysis Fatigued(string id = "fatigued", decimal roas = 3m) =>
        CampaignHistory.Of(11, new Day(Roas: roas, Spend: 280m, Cpc: 1m)).Then(3, new Day(Roas: roas, Spend: 280m, Cpc: 1m, Ctr: 0.012m)).As(id).Analyze();

    [Fact]
    public void Decide_WinnerOffTheHourMark_ProposesNoIncrease()
    {
        var report = Engine.Decide(Contexts.For(Steady("winner", new Day(Roas: 4.5m), 1_000m)) with { HourMark = false });

        Assert.Empty(report.ImmediateActions);
    }

    [Fact]
    public void Decide_WinnerOnTheHourMark_IncreasesBetween20And40PercentFromTheReserve()
    {
        var report = Engine.Decide(Contexts.For(Steady("winner", new Day(Roas: 4.5m), 1_000m)));

        var action = Assert.Single(report.ImmediateActions);
        Assert.Equal((ActionType.IncreaseBudget, RuleIds.IncreaseRoasAbove4, 1_200m), (action.Type, action.Rule, action.NewBudget));
        Assert.InRange((action.NewBudget!.Value / action.CurrentState.Budget) - 1m, 0.20m, 0.40m);
        Assert.Equal(BudgetReallocation.None, report.BudgetReallocation);
    }

    [Fact]
    public void Decide_VolatileRoasBetween2And3_WatchesHourlyWithoutActing()
    {
        var volatileOne = CampaignHistory.Of(7).ThenRoas(1.6m, 3.4m, 1.6m, 3.4m, 1.6m, 3.4m, 2.5m).Analyze();

        var report = Engine.Decide(Contexts.For(volatileOne));

        Assert.Empty(report.ImmediateActions);
        var watch = Assert.Single(report.MonitoringItems);
        Assert.Equal(("ROAS", "hourly", "drops below 2.12"), (watch.WatchMetric, watch.CheckFrequency, watch.AlertIf));
        Assert.InRange(watch.Confidence, 0.70, 0.85);
        Assert.Contains("ROAS 2.50 is volatile", watch.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_SteadyRoasBetween2And3_NeitherActsNorWatches()
    {
        var report = Engine.Decide(Contexts.For(Steady("steady", new Day(Roas: 2.5m))));

        Assert.Empty(report.ImmediateActions);
        Assert.Empty(report.MonitoringItems);
    }

    [Fact]
    public void Decide_ChangedUnder48HoursAgo_WatchesInsteadOfCutting()
    {
        var a = Fatigued();
        var ctx = Contexts.For(a) with { LastChangedAt = new Dictionary<CampaignId, DateTimeOffset> { [a.Campaign.Id] = a.At.AddHours(-47) } };

        var report = Engine.Decide(ctx);

        Assert.Empty(report.ImmediateActions);
        var watch = Assert.Single(report.MonitoringItems);
        Assert.Contains("Changed 47 h ago", watch.Reason, StringComparison.Ordinal);
        Assert.InRange(watch.Confidence, 0.70, 0.85);
    }

    [Fact]
    public void Decide_Changed48HoursAgo_CutsAgain()
    {
        var a = Fatigued();
        var ctx = Contexts.For(a) with { LastChangedAt = new Dictionary<CampaignId, DateTimeOffset> { [a.Campaign.Id] = a.At.AddHours(-48) } };

        var action = Assert.Single(Engine.Decide(ctx).ImmediateActions);

        Assert.Equal((ActionType.ReduceBudget, RuleIds.ReduceFatigue), (action.Type, action.Rule));
    }

    [Fact]
    public void Decide_CampaignUnder72HoursOldWithNoConversions_OnlyWatches()
    {
        var young = CampaignHistory.Of(3).RunningFor(TimeSpan.FromHours(71)).NoConversionsForLast(71).Analyze();

        var report = Engine.Decide(Contexts.For(young));

        Assert.Empty(report.ImmediateActions);
        Assert.Contains("New campaign: 71 h of data", Assert.Single(report.MonitoringItems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_Campaign72HoursOldWithNoConversions_Pauses()
    {
        var young = CampaignHistory.Of(3).RunningFor(TimeSpan.FromHours(72)).NoConversionsForLast(72).Analyze();

        var action = Assert.Single(Engine.Decide(Contexts.For(young)).ImmediateActions);

        Assert.Equal(ActionType.Pause, action.Type);
    }

    [Fact]
    public void Decide_WinnerAboveRoas5WithCpaFarAboveTarget_IsNeverCut()
    {
        var ws = Workspaces.Utc with { TargetCpa = 20m };
        var winner = Steady("winner", new Day(Roas: 4.51m, Cpa: 48m));

        var report = Engine.Decide(Contexts.For(ws, winner));

        Assert.DoesNotContain(report.ImmediateActions, a => a.IsCut);
    }

    [Fact]
    public void Decide_SameCpaAtTheWinnerMarginExactly_IsPaused()
    {
        // Protection starts 10% under ROAS 5 (maturing conversions lift ROAS after the decision): 4.5 is not protected.
        var ws = Workspaces.Utc with { TargetCpa = 20m };
        var notQuiteAWinner = Steady("almost", new Day(Roas: 4.5m, Cpa: 48m));

        var action = Assert.Single(Engine.Decide(Contexts.For(ws, notQuiteAWinner)).ImmediateActions);

        Assert.Equal((ActionType.Pause, RuleIds.PauseCpaAboveTarget), (action.Type, action.Rule));
    }

    [Fact]
    public void Decide_WinnerAboveRoas5WithAdFatigue_IsNeverCut()
    {
        var report = Engine.Decide(Contexts.For(Fatigued("winner", roas: 6m)) with { HourMark = false });

        Assert.DoesNotContain(report.ImmediateActions, a => a.IsCut);
    }

    [Fact]
    public void Decide_OneOfEachRule_ConfidencesSitInTheirBandsAndEveryActionIsExplained()
    {
        var ws = Workspaces.Utc with { TargetCpa = 20m };
        var report = Engine.Decide(Contexts.For(
            ws,
            Loser("pause-roas"),
            CampaignHistory.Of(14).NoConversionsForLast(48).As("pause-zero").Analyze(),
            Steady("pause-cpa", new Day(Cpa: 31m)),
            CampaignHistory.Of(7).ThenRoas(2.1m, 2.0m, 1.9m, 1.8m, 1.7m, 1.6m, 1.5m).As("reduce-roas").Analyze(),
            Steady("reduce-cpa", new Day(Cpa: 26m)),
            Fatigued("reduce-ctr"),
            Steady("increase-roas", new Day(Roas: 4.5m)),
            Steady("increase-cpa", new Day(Spend: 280m, Cpa: 13m)),
            Steady("increase-share", new Day(ImpressionShare: 0.5))));

        var byCampaign = report.ImmediateActions.ToDictionary(a => a.Campaign.Value, a => a.Rule);
        Assert.Equal(RuleIds.PauseRoasBelowForDays, byCampaign["pause-roas"]);
        Assert.Equal(RuleIds.PauseZeroConversions, byCampaign["pause-zero"]);
        Assert.Equal(RuleIds.PauseCpaAboveTarget, byCampaign["pause-cpa"]);
        Assert.Equal(RuleIds.ReduceRoasDeclining, byCampaign["reduce-roas"]);
        Assert.Equal(RuleIds.ReduceCpaAboveTarget, byCampaign["reduce-cpa"]);
        Assert.Equal(RuleIds.ReduceFatigue, byCampaign["reduce-ctr"]);
        Assert.Equal(RuleIds.IncreaseRoasAbove4, byCampaign["increase-roas"]);
        Assert.Equal(RuleIds.IncreaseCpaBelowTarget, byCampaign["increase-cpa"]);
        Assert.Equal(RuleIds.IncreaseImpressionShare, byCampaign["increase-share"]);
        foreach (var a in report.ImmediateActions)
        {
            var band = a.Urgency == Urgency.Critical ? 0.90 : 0.85;
            Assert.True(a.Confidence > band && a.Confidence <= 1.0, $"{a.Rule}: confidence {a.Confidence} outside its band (> {band})");
            Assert.Matches(@"\d+\.\d\d", a.Reasoning);
            Assert.False(string.IsNullOrWhiteSpace(a.ExpectedImpact), a.Rule);
            Assert.NotNull(a.EstimatedImpact);
        }
    }

    [Fact]
    public void Decide_Pause_EstimatesTheAverageDaysSpendAsSavings()
    {
        var action = Assert.Single(Engine.Decide(Contexts.For(Loser())).ImmediateActions);

        // 7 days: 4 at ROAS 3 and 3 at 1.4 on 240/day → 1,680 spend, 3,888 revenue.
        Assert.Equal(new EstimatedImpact(240m, 555.42m, -315.42m), action.EstimatedImpact);
        Assert.Contains("7-day ROAS 2.31 on 1,680.00 spend", action.Reasoning, StringComparison.Ordinal);
        Assert.Null(action.NewBudget);
    }

    [Fact]
    public void Decide_Reduce_EstimatesTheCutAsSavingsAndTheMarginalRevenueLost()
    {
        var action = Assert.Single(Engine.Decide(Contexts.For(Fatigued())).ImmediateActions);

        // 30% of 250 = 75 saved; 75 × ROAS 3 × 0.75 marginal = 168.75 revenue given up.
        Assert.Equal(175m, action.NewBudget);
        Assert.Equal(new EstimatedImpact(75m, 168.75m, -93.75m), action.EstimatedImpact);
        Assert.Contains("Budget 250.00 → 175.00 (-30%)", action.Reasoning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3.0, OverallHealth.Excellent)]
    [InlineData(2.2, OverallHealth.Good)]
    [InlineData(1.8, OverallHealth.Fair)]
    [InlineData(1.0, OverallHealth.Poor)]
    [InlineData(0.9, OverallHealth.Critical)]
    public void Decide_PortfolioRoasAgainstTarget2_GivesOverallHealth(double roas, OverallHealth expected)
    {
        var report = Engine.Decide(Contexts.For(Steady("a", new Day(Roas: (decimal)roas))) with { HourMark = false });

        Assert.Equal(expected, report.OverallHealth);
    }

    [Fact]
    public void Decide_PausingALoser_ExpectsHigherOverallRoasAndSumsTheProfitChanges()
    {
        var report = Engine.Decide(Contexts.For(Steady("good", new Day(Roas: 3m)), Loser()));

        // 8,928 revenue on 3,360 spend over 7 days → 2.66; without the loser's 240/day at 2.31 → 3.00.
        var o = report.ExpectedOutcomes;
        Assert.Equal((2.66m, 3.00m, "+12.8%"), (o.CurrentOverallRoas, o.NewOverallRoas, o.ImprovementVsCurrent));
        Assert.Equal(report.ImmediateActions.Sum(a => a.EstimatedImpact.DailyProfitChange), o.DailyProfitIncrease);
        Assert.NotEmpty(report.RisksAndCaveats);
    }

    [Fact]
    public void Decide_NothingToDo_ExpectsNoChange()
    {
        var report = Engine.Decide(Contexts.For(Steady("good", new Day(Roas: 2.5m))));

        Assert.Equal((2.5m, 2.5m, "+0%", 0m), (report.ExpectedOutcomes.CurrentOverallRoas, report.ExpectedOutcomes.NewOverallRoas, report.ExpectedOutcomes.ImprovementVsCurrent, report.ExpectedOutcomes.DailyProfitIncrease));
    }
}
