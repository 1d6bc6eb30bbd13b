namespace BudgetPilot.Simulation.Benchmark;

/// <summary>Reported after each (scenario, seed) finishes all its policies.</summary>
public sealed record BenchmarkProgress(int Completed, int Total, string Scenario, ulong Seed);
