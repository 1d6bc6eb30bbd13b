using BenchmarkDotNet.Attributes;
using BudgetPilot.Simulation;

namespace BudgetPilot.Benchmarks;

/// <summary>
/// <see cref="SimulatedMarket.Advance"/> alone: one simulated day (96 ticks) of 1,000 campaigns per invocation,
/// reported per campaign-tick, so the Op/s column is campaign-ticks per second. The market keeps every
/// day's hourly cells, so a fresh market (14 warm-up days, not measured) is built per iteration of
/// <see cref="DaysPerIteration"/> invocations: memory stays bounded and every iteration sees the same days.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(DaysPerIteration)]
public class SimulationThroughput
{
    public const int DaysPerIteration = 16;
    private const int MarketCampaigns = 1_000;
    private const int TicksPerDay = 96;

    private SimulatedMarket market = null!;

    [Params("stationary", "all_combined")]
    public string Scenario { get; set; } = "stationary";

    [IterationSetup]
    public void Open() =>
        market = new SimulatedMarket(MarketSpec.Default(7, MarketCampaigns, Simulation.Scenario.Parse(Scenario)) with { WarmupDays = 14, HorizonDays = 90 });

    [Benchmark(OperationsPerInvoke = MarketCampaigns * TicksPerDay)]
    public DateTimeOffset MarketDay()
    {
        for (var i = 0; i < TicksPerDay; i++)
        {
            market.Advance();
        }

        return market.Now;
    }
}
