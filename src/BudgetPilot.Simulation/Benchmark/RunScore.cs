namespace BudgetPilot.Simulation.Benchmark;

/// <summary>One policy on one market (scenario, seed) over one horizon, scored on noise-free value.</summary>
public sealed record RunScore(
    string Scenario,
    ulong Seed,
    string Policy,
    int HorizonDays,
    double Profit,
    double OracleProfit,
    double StaticProfit,
    int Violations,
    double ChurnPerDay,
    double? RecoveryDays)
{
    /// <summary>Σ profit(policy) / Σ profit(oracle) × 100.</summary>
    public double PercentOfOracle => OracleProfit != 0 ? Profit / OracleProfit * 100 : double.NaN;

    /// <summary>(P − P_static) / (P_oracle − P_static); undefined when the oracle does no better than static.</summary>
    public double? GapClosed => Math.Abs(OracleProfit - StaticProfit) > 1e-9 * Math.Max(1, Math.Abs(OracleProfit))
        ? (Profit - StaticProfit) / (OracleProfit - StaticProfit)
        : null;
}
