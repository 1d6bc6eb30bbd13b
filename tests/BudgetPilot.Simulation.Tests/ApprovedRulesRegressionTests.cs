using BudgetPilot.Simulation.Benchmark;

namespace BudgetPilot.Simulation.Tests;

public sealed class ApprovedRulesRegressionTests
{
    /// <summary>
    /// The benchmark market that caught it: on day 14 the seed rules asked to cut a fatigued LinkedIn
    /// campaign at 13:15, when the analysis's week had lost its oldest hour (one large order) but the
    /// 13:00 hour was not reported yet. Its 7-day ROAS read 4.20 instead of 5.03, the winner guard let the
    /// cut through, and the manager's approval executed it: a cut of a winner.
    /// </summary>
    [Fact]
    public async Task SeedRulesWithAManagerWhoApprovesEverything_NeverCutAWinnerOnTheFatigueMarketThatCaughtIt()
    {
        // The benchmark's own spec (`bench quality --campaigns 20`, seed 1), run to the end of the day it happened.
        var spec = new BenchmarkOptions { CampaignCount = 20, HorizonsDays = [30] }.SpecFor(Scenario.Parse("fatigue"), 1);
        var market = new SimulatedMarket(spec);
        var policy = Policies.SeedRulesApproved.Create(market);
        var end = spec.Start.AddDays(14);
        while (market.Now < end)
        {
            await policy.OnTickAsync(market, market.Now, TestContext.Current.CancellationToken);
            market.Advance();
        }

        Assert.Contains(market.Changes, c => c.Source == ChangeSource.Policy);
        market.AssertKeepsEveryConstraint();
    }
}
