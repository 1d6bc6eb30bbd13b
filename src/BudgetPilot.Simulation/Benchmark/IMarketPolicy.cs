namespace BudgetPilot.Simulation.Benchmark;

/// <summary>
/// A budget policy under test. The runner calls it at every 15-minute tick, before the market advances;
/// it reads and writes through the market (or through <see cref="SimulatedPlatform"/> adapters over it).
/// </summary>
public interface IMarketPolicy
{
    string Name { get; }

    ValueTask OnTickAsync(SimulatedMarket market, DateTimeOffset now, CancellationToken cancellationToken);
}
