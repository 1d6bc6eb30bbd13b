using BudgetPilot.Simulation.Benchmark;
using BudgetPilot.Simulation.Constraints;

namespace BudgetPilot.Simulation.Tests;

public sealed class AllocatorPolicyTests
{
    [Theory]
    [InlineData("delayed_conversions")]
    [InlineData("all_combined")]
    public async Task Allocator_EarnsMoreThanTheSeedRulesWhereConversionsArriveLate_WithoutViolations(string scenarioName)
    {
        var spec = Markets.Spec(5, Scenario.Parse(scenarioName), campaigns: 16, horizonDays: 14);
        var profits = new Dictionary<string, double>();
        foreach (var entry in new[] { Policies.SeedRules, Policies.Allocator })
        {
            var market = new SimulatedMarket(spec);
            await BenchmarkRunner.DriveAsync(market, entry.Create(market), TestContext.Current.CancellationToken);
            profits[entry.Name] = market.Days.Sum(d => d.Profit);
            Assert.Empty(ConstraintChecker.Check(market.Changes, new ConstraintLimits(spec.TotalDailyBudget)));
        }

        Assert.True(profits["allocator"] > profits["seed_rules"], $"allocator {profits["allocator"]:0} vs seed rules {profits["seed_rules"]:0}");
    }
}
