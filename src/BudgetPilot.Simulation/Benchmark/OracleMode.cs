namespace BudgetPilot.Simulation.Benchmark;

/// <summary>Which of BENCHMARK.md's constraints an <see cref="OraclePolicy"/> obeys.</summary>
public enum OracleMode
{
    /// <summary>
    /// All six, as a full-autonomy workspace whose approvals nobody answers: no change above the
    /// approval threshold (20%) and no single move of the major-change share (10%) of the total or more.
    /// This is the yardstick every unattended policy is scored against.
    /// </summary>
    Unattended,

    /// <summary>Constraints (1)–(5) with every approval granted: 50% increases, 30% of the total moved a day.</summary>
    Approved,

    /// <summary>Only Σ budgets ≤ total.</summary>
    Unconstrained,
}
