using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Simulation.Tests;

public sealed class SimulatedMarketTests
{
    [Fact]
    public void Construction_SameSeed_BitIdenticalRun()
    {
        var a = Markets.Create(7, Scenario.AllCombined);
        var b = Markets.Create(7, Scenario.AllCombined);
        a.AdvanceDays(3);
        b.AdvanceDays(3);

        Assert.Equal(Everything(a), Everything(b));
        Assert.Equal(a.Days, b.Days);
        Assert.Equal(a.Changes, b.Changes);
    }

    [Fact]
    public void Construction_DifferentSeed_DifferentRun()
    {
        var a = Markets.Create(7, Scenario.AllCombined);
        var b = Markets.Create(8, Scenario.AllCombined);

        Assert.NotEqual(Everything(a), Everything(b));
    }

    [Fact]
    public void Construction_WarmsUpHistoryAndStartsAtSpecStart()
    {
        var market = Markets.Create(1, Scenario.Stationary);

        Assert.Equal(market.Spec.Start, market.Now);
        Assert.Equal(0, market.Day);
        var history = Everything(market);
        Assert.True(history.Min(s => s.Hour) <= market.Now.AddDays(-29));
        Assert.All(Enumerable.Range(0, market.CampaignCount), i => Assert.True(market.Now - market.Campaign(i).StartedAt >= TimeSpan.FromDays(30)));
        Assert.InRange(market.ActiveBudgetTotal, market.TotalDailyBudget * 0.9m, market.TotalDailyBudget * 0.97m);
        Assert.Contains(" – ", market.Campaign(0).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_FullDay_SpendsTheDailyBudget()
    {
        var market = Markets.Create(3, Scenario.Stationary);
        var budgets = Enumerable.Range(0, market.CampaignCount).Sum(i => (double)market.Campaign(i).DailyBudget);
        var from = market.Now;
        market.AdvanceDays(1);

        var spent = Everything(market, from).Sum(s => (double)s.Spend);
        Assert.Equal(budgets, spent, budgets * 0.001);
        Assert.Equal(budgets, market.Days[0].Spend, budgets * 1e-9);
    }

    [Fact]
    public void Apply_MidDayBudgetChange_AppliesToRestOfDayProRata()
    {
        var market = Markets.Create(3, Scenario.Stationary);
        var before = (double)market.Campaign(0).DailyBudget;
        market.AdvanceTo(market.Now.AddHours(12));
        var remaining = Curves.DeliveryCurve.Remaining(market.TickOfDay);
        var from = market.Now.AddHours(-12);
        market.SetBudget(0, (decimal)(before / 2));
        market.AdvanceTo(from.AddDays(1));

        var spent = Everything(market, from).Where(s => s.CampaignId == market.Campaign(0).Id).Sum(s => (double)s.Spend);
        Assert.Equal((before * (1 - remaining)) + (before / 2 * remaining), spent, 0.05);
    }

    [Fact]
    public void ReadMetrics_DelayedConversions_LaterReadShowsMore()
    {
        var market = Markets.Create(5, Scenario.DelayedConversions, campaigns: 24);
        var from = market.Now;
        market.AdvanceDays(1);
        var early = Everything(market, from);
        market.AdvanceDays(8);
        var late = Everything(market, from).Where(s => s.Hour < from.AddDays(1)).ToDictionary(s => (s.CampaignId, s.Hour));

        Assert.All(early, s => Assert.True(late[(s.CampaignId, s.Hour)].Conversions >= s.Conversions));
        Assert.True(late.Values.Sum(s => s.Conversions) > early.Sum(s => s.Conversions) * 1.5m);
        Assert.Equal(early.Sum(s => s.Spend), late.Values.Sum(s => s.Spend));
    }

    [Fact]
    public void ReadMetrics_ImpressionsAndClicks_ConsistentWithCtrAndCpc()
    {
        var market = Markets.Create(2, Scenario.Stationary);
        var samples = Everything(market);

        Assert.All(samples, s => Assert.True(s.Clicks <= s.Impressions && s.ImpressionShare is > 0 and <= 1));
        var cpc = samples.Sum(s => s.Spend) / samples.Sum(s => s.Clicks);
        Assert.InRange(cpc, 0.3m, 10m);
    }

    [Fact]
    public void Shock_PlatformShockScenario_CutsTrueValueOnItsPlatform()
    {
        var probe = Markets.Create(11, Scenario.PlatformShock);
        probe.AdvanceDays(25);
        var shock = probe.Shocks[0];
        var market = Markets.Create(11, Scenario.PlatformShock);
        var i = Enumerable.Range(0, market.CampaignCount).First(k => market.Campaign(k).Id.Platform == shock.Platform);
        market.AdvanceTo(market.Spec.Start.AddDays(shock.StartDay - 1));
        var before = market.TrueCurve(i).Amplitude;
        market.AdvanceDays(1);

        Assert.Equal(before * (1 - shock.Delta), market.TrueCurve(i).Amplitude, before * 1e-9);
    }

    [Fact]
    public void ChangePoint_ChangePointScenario_DoublesKappa()
    {
        var market = Markets.Create(13, Scenario.ChangePoint);
        var day = Assert.IsType<int>(market.ChangePointDay);
        market.AdvanceTo(market.Spec.Start.AddDays(day - 1));
        var before = Enumerable.Range(0, market.CampaignCount).Select(k => market.TrueCurve(k).Kappa).ToList();
        market.AdvanceDays(1);
        var ratios = Enumerable.Range(0, market.CampaignCount).Select(k => market.TrueCurve(k).Kappa / before[k]).ToList();

        Assert.Contains(ratios, r => Math.Abs(r - 2) < 1e-9);
        Assert.All(ratios, r => Assert.True(Math.Abs(r - 1) < 1e-9 || Math.Abs(r - 2) < 1e-9));
    }

    [Fact]
    public void ColdStart_CampaignsLaunchDuringRunWithoutHistory()
    {
        var market = Markets.Create(17, Scenario.ColdStart, campaigns: 20);
        var pending = Enumerable.Range(0, market.CampaignCount).Where(i => !market.IsLaunched(i)).ToList();
        Assert.NotEmpty(pending);
        Assert.True(market.PendingLaunchBudget > 0);

        market.AdvanceDays(21);

        Assert.All(pending, i => Assert.True(market.IsLaunched(i)));
        Assert.All(pending, i => Assert.True(market.Campaign(i).StartedAt >= market.Spec.Start));
        Assert.True(market.ActiveBudgetTotal <= market.TotalDailyBudget);
    }

    internal static List<MetricSample> Everything(SimulatedMarket market, DateTimeOffset? from = null) =>
        [.. Enum.GetValues<Platform>().SelectMany(p => market.ReadMetrics(p, from ?? market.Spec.Start.AddDays(-60), market.Now))];
}
