using BudgetPilot.Simulation.Benchmark;
using BudgetPilot.Simulation.Constraints;

namespace BudgetPilot.Simulation.Tests;

public sealed class BenchmarkRunnerTests
{
    private static readonly Scenario[] TwoScenarios = [Scenario.Parse("stationary"), Scenario.Parse("platform_shock")];

    [Theory]
    [InlineData(3UL)]
    [InlineData(8UL)]
    public async Task UnattendedOracle_NeverMakesAChangeAManagerWouldHaveToApprove(ulong seed)
    {
        var spec = Markets.Spec(seed, Scenario.Parse("all_combined"), campaigns: 16, horizonDays: 12);
        var market = new SimulatedMarket(spec);
        await BenchmarkRunner.DriveAsync(market, Policies.Oracle.Create(market), TestContext.Current.CancellationToken);

        var limits = new ConstraintLimits(spec.TotalDailyBudget);
        var moves = market.Changes.Where(c => c.Source == ChangeSource.Policy && c.OldBudget > 0m).ToList();
        Assert.NotEmpty(moves);
        Assert.All(moves, c => Assert.True(
            Math.Abs(c.NewBudget - c.OldBudget) <= (c.OldBudget * limits.MaxUnapprovedChangeFraction) + limits.Tolerance,
            $"{c.Campaign} moved from {c.OldBudget} to {c.NewBudget} on {c.At:yyyy-MM-dd}: above the {limits.MaxUnapprovedChangeFraction:P0} a manager must approve."));
        foreach (var day in moves.GroupBy(c => c.At.UtcDateTime.Date))
        {
            var up = day.Sum(c => Math.Max(0m, c.NewBudget - c.OldBudget));
            var down = day.Sum(c => Math.Max(0m, c.OldBudget - c.NewBudget));
            Assert.True(Math.Max(up, down) < limits.MajorChangeShareOfBudget * spec.TotalDailyBudget, $"{day.Key:yyyy-MM-dd} moved {Math.Max(up, down)}: a major strategy change.");
        }

        Assert.Empty(ConstraintChecker.Check(market.Changes, limits));
    }

    [Fact]
    public async Task Oracles_AreOrderedByHowMuchTheyMayDo()
    {
        var spec = Markets.Spec(11, Scenario.Parse("change_point"), campaigns: 16, horizonDays: 10);
        var profit = new Dictionary<string, double>();
        foreach (var entry in new[] { Policies.Oracle, Policies.ApprovedOracle, Policies.UnconstrainedOracle })
        {
            var market = new SimulatedMarket(spec);
            await BenchmarkRunner.DriveAsync(market, entry.Create(market), TestContext.Current.CancellationToken);
            profit[entry.Name] = market.Days.Sum(d => d.Profit);
        }

        // Myopic oracles are not strictly nested over days (today's move changes tomorrow's adstock), so a hair of slack.
        Assert.True(profit["oracle_approved"] >= profit["oracle"] * 0.999, $"approved {profit["oracle_approved"]:0} vs unattended {profit["oracle"]:0}");
        Assert.True(profit["unconstrained_oracle"] >= profit["oracle_approved"] * 0.999, $"unconstrained {profit["unconstrained_oracle"]:0} vs approved {profit["oracle_approved"]:0}");
        Assert.True(profit["oracle_approved"] > profit["oracle"], "with every approval granted the oracle should move more and earn more on a market with a change point");
    }

    [Fact]
    public async Task RunAsync_ScoresEachPolicyAgainstItsOwnOracle_AndDrawsDailyCurves()
    {
        var approvedStatic = new PolicyEntry("static_approved", _ => new StaticPolicy(), OraclePolicy.ApprovedName);
        var options = new BenchmarkOptions
        {
            Scenarios = TwoScenarios,
            SeedCount = 2,
            CampaignCount = 8,
            HorizonsDays = [6],
            Policies = [Policies.Static, approvedStatic, Policies.Oracle, Policies.ApprovedOracle],
        };

        var result = await BenchmarkRunner.RunAsync(options, null, TestContext.Current.CancellationToken);

        foreach (var scenario in TwoScenarios.Select(s => s.Name))
        {
            double Cell(string policy) => result.Summaries.Single(s => s.Scenario == scenario && s.Policy == policy).PercentOfOracle.Mean;
            Assert.Equal(100, Cell("oracle"), 9);
            Assert.True(Cell("oracle_approved") >= 99.9, $"{scenario}: the approved oracle scored {Cell("oracle_approved")} of the unattended one");

            // The same static profits divided by a larger oracle profit: a smaller share.
            Assert.True(Cell("static_approved") <= Cell("static") + 1e-9, $"{scenario}: {Cell("static_approved")} vs {Cell("static")}");
            Assert.Equal(OraclePolicy.ApprovedName, result.Summaries.Single(s => s.Scenario == scenario && s.Policy == "static_approved").ScoredAgainst);

            var curves = result.Daily!.Where(c => c.Scenario == scenario).ToList();
            Assert.Equal(options.Policies.Count, curves.Count);
            Assert.All(curves, c => Assert.Equal(6, c.PercentOfOracle.Count));
            Assert.All(curves.Single(c => c.Policy == "oracle").PercentOfOracle, p => Assert.Equal(100, p, 9));
        }

        var markdown = BenchmarkMarkdown.Render(result);
        Assert.Contains("`static_approved` runs with a manager who approves everything and divides by `oracle_approved`", markdown, StringComparison.Ordinal);
        using var csv = new StringWriter();
        await BenchmarkCsv.WriteDailyAsync(result, csv, TestContext.Current.CancellationToken);
        Assert.Equal(1 + (2 * 4 * 6), csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task RunAsync_RefusesAPolicyWhoseOracleIsMissing()
    {
        var options = new BenchmarkOptions
        {
            Scenarios = TwoScenarios,
            SeedCount = 1,
            CampaignCount = 4,
            HorizonsDays = [2],
            Policies = [Policies.SeedRulesApproved, Policies.Oracle],
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => BenchmarkRunner.RunAsync(options, null, TestContext.Current.CancellationToken));
        Assert.Contains("'seed_rules_approved' is scored against 'oracle_approved'", error.Message, StringComparison.Ordinal);
    }
}
