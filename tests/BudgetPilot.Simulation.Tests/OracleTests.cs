using BudgetPilot.Simulation.Benchmark;
using BudgetPilot.Simulation.Constraints;
using BudgetPilot.Simulation.Curves;
using BudgetPilot.Simulation.Oracle;

namespace BudgetPilot.Simulation.Tests;

public sealed class OracleTests
{
    [Fact]
    public void Solve_ConcaveCurves_EqualisesMarginalRoasOfInteriorCampaigns()
    {
        TrueCurve[] curves =
        [
            new(3000, 500, 0.8, 50, 1e9), new(1500, 300, 1.0, 0, 1e9), new(5000, 900, 0.9, 120, 1e9), new(800, 200, 0.7, 10, 1e9),
        ];
        var n = curves.Length;
        var problem = new AllocationProblem(curves, [250, 250, 250, 250], new double[n], Enumerable.Repeat(1e6, n).ToArray(), 1000, double.PositiveInfinity);

        var budgets = DailyAllocator.Solve(problem);

        Assert.Equal(1000, budgets.Sum(), 1e-3);
        var marginals = curves.Select((c, i) => c.Marginal(budgets[i])).Where((_, i) => budgets[i] > 1).ToList();
        Assert.True(marginals.Count >= 3);
        Assert.All(marginals, m => Assert.Equal(marginals[0], m, marginals[0] * 0.01));
        Assert.True(marginals[0] > 1);
    }

    [Fact]
    public void Solve_MoveCap_MovesNoMoreThanCap()
    {
        TrueCurve[] curves = [new(5000, 300, 0.9, 0, 1e9), new(200, 300, 0.9, 0, 1e9), new(300, 300, 2.0, 0, 1e9)];
        var problem = new AllocationProblem(curves, [300, 300, 300], [0, 0, 0], [450, 450, 450], 1000, 90);

        var budgets = DailyAllocator.Solve(problem);

        var up = budgets.Select((b, i) => Math.Max(0, b - 300)).Sum();
        var down = budgets.Select((b, i) => Math.Max(0, 300 - b)).Sum();
        Assert.InRange(up, 0, 90 + 1e-6);
        Assert.InRange(down, 0, 90 + 1e-6);
        Assert.True(budgets[0] > 300 && budgets[1] < 300);
        Assert.True(budgets.Sum() <= 1000 + 1e-6);
    }

    [Fact]
    public void Solve_SCurveBelowInflection_StillBeatsStayingPut()
    {
        TrueCurve[] curves = [new(4000, 400, 2.5, 0, 1e9), new(300, 100, 0.8, 0, 1e9)];
        var problem = new AllocationProblem(curves, [100, 400], [0, 0], [1000, 1000], 500, double.PositiveInfinity);

        var budgets = DailyAllocator.Solve(problem);
        var profit = curves.Select((c, i) => c.Profit(budgets[i])).Sum();
        var stay = curves[0].Profit(100) + curves[1].Profit(400);
        var best = Enumerable.Range(0, 501).Max(s => curves[0].Profit(s) + curves[1].Profit(500 - s));

        Assert.True(profit >= stay);
        Assert.True(profit >= best * 0.99);
    }

    [Theory]
    [InlineData("stationary")]
    [InlineData("all_combined")]
    public async Task OraclePolicy_BeatsStaticAndUniform_WithoutViolations(string scenarioName)
    {
        var spec = Markets.Spec(21, Scenario.Parse(scenarioName), campaigns: 16, horizonDays: 12);
        var profits = new Dictionary<string, double>();
        foreach (var entry in Policies.Defaults)
        {
            var market = new SimulatedMarket(spec);
            await BenchmarkRunner.DriveAsync(market, entry.Create(market), CancellationToken.None);
            profits[entry.Name] = market.Days.Sum(d => d.Profit);
            if (entry != Policies.UnconstrainedOracle)
            {
                Assert.Empty(ConstraintChecker.Check(market.Changes, new ConstraintLimits(spec.TotalDailyBudget)));
            }
        }

        Assert.True(profits["oracle"] >= profits["static"]);
        Assert.True(profits["oracle"] >= profits["uniform"]);
        Assert.True(profits["unconstrained_oracle"] >= profits["oracle"] * 0.999);
    }
}
