namespace BudgetPilot.Simulation.Benchmark;

/// <summary>What one policy left behind on its market: daily true outcomes, the change log and the shocks.</summary>
internal sealed record PolicyRun(
    string Policy,
    IReadOnlyList<DayOutcome> Days,
    IReadOnlyList<BudgetChange> Changes,
    IReadOnlyList<ShockEvent> Shocks);
