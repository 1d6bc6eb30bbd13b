namespace BudgetPilot.Simulation.Benchmark;

/// <summary>
/// A policy as the runner builds it: a fresh instance per market, because policies keep state.
/// <paramref name="ScoredAgainst"/> names the oracle that works under the same approval setting:
/// a policy whose requests a manager approves is compared with the oracle whose requests are approved.
/// </summary>
public sealed record PolicyEntry(string Name, Func<SimulatedMarket, IMarketPolicy> Create, string ScoredAgainst = OraclePolicy.ConstrainedName);
