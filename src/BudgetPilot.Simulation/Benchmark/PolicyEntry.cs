namespace BudgetPilot.Simulation.Benchmark;

/// <summary>A policy as the runner builds it: a fresh instance per market, because policies keep state.</summary>
public sealed record PolicyEntry(string Name, Func<SimulatedMarket, IMarketPolicy> Create);
