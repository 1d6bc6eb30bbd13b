namespace BudgetPilot.Simulation.Benchmark;

public sealed record BenchmarkResult(
    int CampaignCount,
    int SeedCount,
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<string> Policies,
    IReadOnlyList<int> HorizonsDays,
    IReadOnlyList<RunScore> Runs,
    IReadOnlyList<PolicySummary> Summaries,
    TimeSpan Elapsed,
    IReadOnlyList<DailyCurve>? Daily = null);
