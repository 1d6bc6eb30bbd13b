using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Rules;

namespace BudgetPilot.Core.Tests.Allocation;

public sealed class StopLossTests
{
    private static CampaignAnalysis Dud(string id, TimeSpan sinceLastConversion, decimal spentSince, TimeSpan? runtime = null)
    {
        var random = new Random(7);
        var days = Markets.Days(new HillCurve(1.0, 1, 1000), Markets.Wandering(400, 7, random), random, noise: 0)
            .Select(d => d with { Kpis = d.Kpis with { Value = 0m, Conversions = 0m } }).ToList();
        var a = Markets.Analysis(id, Platform.GoogleAds, 400m, days);
        return a with { SinceLastConversion = sinceLastConversion, SpendSinceLastConversion = spentSince, Runtime = runtime ?? a.Runtime };
    }

    private static CampaignAnalysis Healthy(string id, int seed)
    {
        var random = new Random(seed);
        return Markets.Analysis(id, Platform.MetaAds, 1500m, Markets.Days(new HillCurve(0.8, 4000, 16000), Markets.Wandering(1500, 7, random), random, noise: 0.02));
    }

    [Fact]
    public void AWeekOfSpendWithoutAConversionIsPausedAndThePauseIsExplained()
    {
        var ctx = Markets.Context([Dud("dud", TimeSpan.FromDays(8), 3200m), Healthy("fine", 1)], workspace: Markets.Workspace with { TotalDailyBudget = 4000m });

        var report = new ResponseCurveAllocator(new AllocatorSettings { ExplorationShare = 0 }).Decide(ctx);

        var pause = Assert.Single(report.ImmediateActions, a => a.Type == ActionType.Pause);
        Assert.Equal("dud", pause.Campaign.Value);
        Assert.Equal(RuleIds.StopLossNoConversions, pause.Rule);
        Assert.Equal("allocator", pause.Engine);
        Assert.Contains("No conversion for 8 days", pause.Reasoning, StringComparison.Ordinal);
        Assert.DoesNotContain(report.ImmediateActions, a => a.Campaign.Value == "dud" && a.Type != ActionType.Pause);
        var verdict = Assert.Single(GuardrailGate.Evaluate(ctx.Settings, Markets.Gate(ctx), [pause]));
        Assert.Equal(Route.Execute, verdict.Route);
    }

    [Theory]
    [InlineData(6.9, 3200, 400)] // within a week: late conversions may still come; the seed's 48-hour rule would have fired
    [InlineData(10, 5, 400)]     // spent too little to judge
    [InlineData(10, 3200, 48)]   // younger than the minimum runtime before a pause
    public void NothingShortOfAWeekOfRealSpendOnAMatureCampaignIsPaused(double days, double spent, double runtimeHours)
    {
        var dud = Dud("dud", TimeSpan.FromDays(days), (decimal)spent, TimeSpan.FromHours(runtimeHours));
        var ctx = Markets.Context([dud, Healthy("fine", 2)], workspace: Markets.Workspace with { TotalDailyBudget = 4000m });

        Assert.False(StopLoss.Fires(dud, ctx.Settings));
        Assert.Empty(StopLoss.Pauses(ctx));
    }

    [Fact]
    public void OutsideTheDailyDecisionHourTheStopLossStillActs()
    {
        var ctx = Markets.Context([Dud("dud", TimeSpan.FromDays(9), 3600m), Healthy("fine", 3)], workspace: Markets.Workspace with { TotalDailyBudget = 4000m })
            with
        { Now = Markets.Now.AddHours(5) };

        var report = new ResponseCurveAllocator().Decide(ctx);

        var only = Assert.Single(report.ImmediateActions);
        Assert.Equal(ActionType.Pause, only.Type);
    }
}
