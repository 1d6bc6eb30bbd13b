using BudgetPilot.Simulation.Benchmark;

namespace BudgetPilot.Simulation.Tests;

public sealed class AllocatorColdStartRegressionTests
{
    /// <summary>
    /// The benchmark market (`bench quality`, cold_start, seed 3) that caught two things on day 29: a
    /// break-even pause deferred by its grace period while an increase it had freed money for executed at
    /// once (active budgets 20,019.59 against 20,000), and a 19.6% cut of a 0.07 budget rounded to 0.05
    /// (28.6%, above the approval threshold). Neither may happen again on it.
    /// </summary>
    [Fact]
    public async Task Allocator_OnTheColdStartMarketThatCaughtIt_KeepsEveryConstraint()
    {
        var spec = new BenchmarkOptions { CampaignCount = 20, HorizonsDays = [30] }.SpecFor(Scenario.Parse("cold_start"), 3);
        var market = new SimulatedMarket(spec);
        var policy = (CyclePolicy)Policies.Allocator.Create(market);

        await BenchmarkRunner.DriveAsync(market, policy, TestContext.Current.CancellationToken);

        Assert.Contains(market.Changes, c => c.Source == ChangeSource.Policy);
        market.AssertKeepsEveryConstraint();
        var requests = await ((BudgetPilot.Core.Approvals.IApprovalStore)policy.Store).ListAsync("sim", spec.Start, spec.Start.AddDays(30), TestContext.Current.CancellationToken);
        Assert.Empty(requests);
    }
}
