using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Tests.Support;

namespace BudgetPilot.Core.Tests.Rules;

/// <summary>Each seed rule fired, and held back one step on the other side of its threshold.</summary>
public sealed class SeedRuleChecksTests
{
    private const decimal MinSpend = 50m;
    private static readonly RuleThresholds Seed = new();
    private static readonly Workspace Ws = Workspaces.Utc;
    private static readonly Workspace WithCpaTarget = Workspaces.Utc with { TargetCpa = 20m };

    private static Candidate? Pause(CampaignAnalysis a, Workspace? ws = null) => SeedRuleChecks.Pause(a, ws ?? Ws, Seed, MinSpend);

    private static Candidate? Reduce(CampaignAnalysis a, Workspace? ws = null) => SeedRuleChecks.Reduce(a, ws ?? Ws, Seed, MinSpend);

    private static Candidate? Increase(CampaignAnalysis a, Workspace? ws = null) => SeedRuleChecks.Increase(a, ws ?? Ws, Seed, MinSpend);

    // PAUSE

    [Fact]
    public void Pause_RoasBelow1Point5ForThreeDays_FiresWithTheDailyRoas()
    {
        var c = Pause(CampaignHistory.Of(11).Then(3, new Day(Roas: 1.4m)).Analyze());

        Assert.Equal(RuleIds.PauseRoasBelowForDays, c?.Rule);
        Assert.Contains("3 consecutive days (1.40, 1.40, 1.40)", c!.Reasoning, StringComparison.Ordinal);
        Assert.InRange(c.Confidence, 0.9001, 0.98);
    }

    [Fact]
    public void Pause_RoasBelow1Point5ForOnlyTwoDays_DoesNotFire()
    {
        Assert.Null(Pause(CampaignHistory.Of(12).Then(2, new Day(Roas: 1.4m)).Analyze()));
    }

    [Fact]
    public void Pause_RoasExactly1Point5ForThreeDays_DoesNotFire()
    {
        Assert.Null(Pause(CampaignHistory.Of(11).Then(3, new Day(Roas: 1.5m)).Analyze()));
    }

    [Fact]
    public void Pause_NoConversionsFor48Hours_FiresWithHoursAndSpend()
    {
        var c = Pause(CampaignHistory.Of(14).NoConversionsForLast(48).Analyze());

        Assert.Equal(RuleIds.PauseZeroConversions, c?.Rule);
        Assert.Contains("48 hours", c!.Reasoning, StringComparison.Ordinal);
        Assert.Contains("480.00", c.Reasoning, StringComparison.Ordinal);
        Assert.True(c.Confidence > 0.90);
    }

    [Fact]
    public void Pause_NoConversionsFor47Hours_DoesNotFire()
    {
        Assert.Null(Pause(CampaignHistory.Of(14).NoConversionsForLast(47).Analyze()));
    }

    [Fact]
    public void Pause_CpaFiftyPercentAboveTarget_FiresWithCpaAndTarget()
    {
        var c = Pause(CampaignHistory.Of(14, new Day(Cpa: 30m)).Analyze(), WithCpaTarget);

        Assert.Equal(RuleIds.PauseCpaAboveTarget, c?.Rule);
        Assert.Contains("30.00 is 50% above the 20.00 target", c!.Reasoning, StringComparison.Ordinal);
        Assert.True(c.Confidence > 0.90);
    }

    [Fact]
    public void Pause_CpaFortyNinePercentAboveTarget_DoesNotFire()
    {
        Assert.Null(Pause(CampaignHistory.Of(14, new Day(Cpa: 29.8m)).Analyze(), WithCpaTarget));
    }

    [Fact]
    public void Pause_CpaWithoutATarget_DoesNotFire()
    {
        Assert.Null(Pause(CampaignHistory.Of(14, new Day(Cpa: 300m)).Analyze()));
    }

    // REDUCE

    [Fact]
    public void Reduce_RoasInBandAndDeclining_CutsBetween30And50PercentByDepth()
    {
        // 7-day ROAS 1.80: 40% of the way from 2.0 down to 1.5 → a 38% cut.
        var c = Reduce(CampaignHistory.Of(7).ThenRoas(2.1m, 2.0m, 1.9m, 1.8m, 1.7m, 1.6m, 1.5m).Analyze());

        Assert.Equal(RuleIds.ReduceRoasDeclining, c?.Rule);
        Assert.Equal(0.38m, c!.Step);
        Assert.Contains("7-day ROAS 1.80", c.Reasoning, StringComparison.Ordinal);
        Assert.Contains("declining", c.Reasoning, StringComparison.Ordinal);
        Assert.True(c.Confidence > 0.90);
    }

    [Fact]
    public void Reduce_RoasInBandButStable_DoesNotFire()
    {
        Assert.Null(Reduce(CampaignHistory.Of(14, new Day(Roas: 1.8m)).Analyze()));
    }

    [Fact]
    public void Reduce_DecliningButRoas2Point01_DoesNotFire()
    {
        var a = CampaignHistory.Of(7).ThenRoas(2.31m, 2.21m, 2.11m, 2.01m, 1.91m, 1.81m, 1.71m).Analyze();

        Assert.Equal(TrendDirection.Declining, a.RoasTrend.Direction);
        Assert.Null(Reduce(a));
    }

    [Fact]
    public void Reduce_CpaTwentyFivePercentAboveTarget_CutsThirtyPercent()
    {
        var c = Reduce(CampaignHistory.Of(14, new Day(Cpa: 25m)).Analyze(), WithCpaTarget);

        Assert.Equal(RuleIds.ReduceCpaAboveTarget, c?.Rule);
        Assert.Equal(0.30m, c!.Step);
        Assert.Contains("25.00 is 25% above the 20.00 target", c.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void Reduce_CpaFortyPercentAboveTarget_CutsDeeper()
    {
        var c = Reduce(CampaignHistory.Of(14, new Day(Spend: 280m, Cpa: 28m)).Analyze(), WithCpaTarget);

        Assert.Equal(RuleIds.ReduceCpaAboveTarget, c?.Rule);
        Assert.Equal(0.42m, c!.Step);
        Assert.True(c.Confidence > 0.90);
    }

    [Fact]
    public void Reduce_CpaTwentyFourPercentAboveTarget_DoesNotFire()
    {
        Assert.Null(Reduce(CampaignHistory.Of(14, new Day(Cpa: 24.8m)).Analyze(), WithCpaTarget));
    }

    [Fact]
    public void Reduce_CtrDownThirtyPercent_CutsThirtyPercentForFatigue()
    {
        var c = Reduce(CampaignHistory.Of(11, new Day(Spend: 280m, Cpc: 1m, Ctr: 0.02m)).Then(3, new Day(Spend: 280m, Cpc: 1m, Ctr: 0.014m)).Analyze());

        Assert.Equal(RuleIds.ReduceFatigue, c?.Rule);
        Assert.Equal(0.30m, c!.Step);
        Assert.Contains("CTR fell 30% to 1.4%", c.Reasoning, StringComparison.Ordinal);
        Assert.True(c.Confidence > 0.90);
    }

    [Fact]
    public void Reduce_CtrDownTwentyNinePercent_DoesNotFire()
    {
        Assert.Null(Reduce(CampaignHistory.Of(11, new Day(Spend: 280m, Cpc: 1m, Ctr: 0.02m)).Then(3, new Day(Spend: 280m, Cpc: 1m, Ctr: 0.0142m)).Analyze()));
    }

    // INCREASE

    [Fact]
    public void Increase_StrongRoasAbove4_StepsUpBetween20And40Percent()
    {
        var c = Increase(CampaignHistory.Of(14, new Day(Roas: 7m)).Analyze());

        Assert.Equal(0.35m, c!.Step);
    }

    [Fact]
    public void Increase_RoasAbove4AndStable_StepsUpBy20PercentWhichNeedsNoApproval()
    {
        var c = Increase(CampaignHistory.Of(14, new Day(Roas: 4.5m)).Analyze());

        Assert.Equal(RuleIds.IncreaseRoasAbove4, c?.Rule);
        Assert.Equal(0.20m, c!.Step);
        Assert.Contains("7-day ROAS 4.50", c.Reasoning, StringComparison.Ordinal);
        Assert.Contains("stable", c.Reasoning, StringComparison.Ordinal);
        Assert.True(c.Confidence > 0.85);
    }

    [Fact]
    public void Increase_RoasAbove4AndRising_Fires()
    {
        var c = Increase(CampaignHistory.Of(7).ThenRoas(4.1m, 4.3m, 4.5m, 4.7m, 4.9m, 5.1m, 5.3m).Analyze());

        Assert.Equal(RuleIds.IncreaseRoasAbove4, c?.Rule);
        Assert.Contains("rising", c!.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void Increase_RoasAbove4ButDeclining_DoesNotFire()
    {
        Assert.Null(Increase(CampaignHistory.Of(7).ThenRoas(5.4m, 5.2m, 5.0m, 4.8m, 4.6m, 4.4m, 4.2m).Analyze()));
    }

    [Fact]
    public void Increase_RoasExactly4_DoesNotFire()
    {
        Assert.Null(Increase(CampaignHistory.Of(14, new Day(Roas: 4m)).Analyze()));
    }

    [Fact]
    public void Increase_CpaThirtyPercentBelowTarget_Fires()
    {
        var c = Increase(CampaignHistory.Of(14, new Day(Spend: 280m, Cpa: 14m)).Analyze(), WithCpaTarget);

        Assert.Equal(RuleIds.IncreaseCpaBelowTarget, c?.Rule);
        Assert.Equal(0.20m, c!.Step);
        Assert.Contains("14.00 is 30% below the 20.00 target", c.Reasoning, StringComparison.Ordinal);
        Assert.True(c.Confidence > 0.85);
    }

    [Fact]
    public void Increase_CpaTwentyNinePercentBelowTarget_DoesNotFire()
    {
        Assert.Null(Increase(CampaignHistory.Of(14, new Day(Spend: 284m, Cpa: 14.2m)).Analyze(), WithCpaTarget));
    }

    [Fact]
    public void Increase_ImpressionShareBelow70Percent_Fires()
    {
        var c = Increase(CampaignHistory.Of(14, new Day(ImpressionShare: 0.69)).Analyze());

        Assert.Equal(RuleIds.IncreaseImpressionShare, c?.Rule);
        Assert.Contains("Impression share 69%", c!.Reasoning, StringComparison.Ordinal);
        Assert.True(c.Confidence > 0.85);
    }

    [Fact]
    public void Increase_ImpressionShareExactly70Percent_DoesNotFire()
    {
        Assert.Null(Increase(CampaignHistory.Of(14, new Day(ImpressionShare: 0.70)).Analyze()));
    }

    [Fact]
    public void Increase_ImpressionShareLowButRoasUnderTarget_DoesNotFire()
    {
        Assert.Null(Increase(CampaignHistory.Of(14, new Day(Roas: 1.9m, ImpressionShare: 0.4)).Analyze()));
    }

    [Fact]
    public void Increase_SeveralRulesFire_TakesTheLargestStep()
    {
        // ROAS 8 → 0.2 + 0.2 × 1 = 0.40 beats impression share 0.35 → 0.2 + 0.2 × 0.5 = 0.30.
        var c = Increase(CampaignHistory.Of(14, new Day(Roas: 8m, ImpressionShare: 0.35)).Analyze());

        Assert.Equal((RuleIds.IncreaseRoasAbove4, 0.40m), (c?.Rule, c?.Step));
    }
}
