namespace BudgetPilot.Simulation.Benchmark;

/// <summary>Keeps the initial split: never writes anything.</summary>
public sealed class StaticPolicy : IMarketPolicy
{
    public string Name => "static";

    public ValueTask OnTickAsync(SimulatedMarket market, DateTimeOffset now, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
