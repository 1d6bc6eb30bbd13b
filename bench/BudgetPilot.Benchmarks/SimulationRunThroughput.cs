using BenchmarkDotNet.Attributes;
using BudgetPilot.Simulation;
using BudgetPilot.Simulation.Runs;

namespace BudgetPilot.Benchmarks;

/// <summary>
/// A whole <c>budgetpilot simulate</c> with the rules policy: a 24-campaign market, 7 simulated days with
/// the live cycle every 15-minute tick. Reported per campaign-tick of the run (Op/s = campaign-ticks per
/// second), although the time also includes building the market and its 30 warm-up days.
/// </summary>
[MemoryDiagnoser]
public class SimulationRunThroughput
{
    private const int RunCampaigns = 24;
    private const int RunDays = 7;

    [Benchmark(OperationsPerInvoke = RunCampaigns * RunDays * 96)]
    public async Task<long> RulesRun()
    {
        var options = new SimulationOptions { Campaigns = RunCampaigns, Days = RunDays, Policy = "rules", Scenario = Scenario.AllCombined };
        var run = await SimulationRun.RunAsync(options, null, CancellationToken.None);
        return run.Summary.CampaignTicks;
    }
}
