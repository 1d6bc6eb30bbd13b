namespace BudgetPilot.Simulation.Benchmark;

/// <summary>
/// A policy's learning curve in one scenario: for each day of the run, Σ over seeds of its profit that
/// day as a percentage of Σ over seeds of its oracle's. Shows where a policy loses: catching up in the
/// first week, or for good.
/// </summary>
public sealed record DailyCurve(string Scenario, string Policy, IReadOnlyList<double> PercentOfOracle);
