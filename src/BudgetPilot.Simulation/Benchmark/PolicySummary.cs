namespace BudgetPilot.Simulation.Benchmark;

/// <summary>One cell of the table: a policy in a scenario over a horizon, over all seeds, as a share of the oracle named in <paramref name="ScoredAgainst"/>.</summary>
public sealed record PolicySummary(
    string Scenario,
    string Policy,
    int HorizonDays,
    Estimate PercentOfOracle,
    Estimate GapClosed,
    int Violations,
    Estimate ChurnPerDay,
    Estimate RecoveryDays,
    string ScoredAgainst = OraclePolicy.ConstrainedName);
