namespace BudgetPilot.Simulation.Benchmark;

/// <summary>What to run: scenarios × seeds × policies. Horizons are scored as prefixes of one run of the longest.</summary>
public sealed record BenchmarkOptions
{
    public IReadOnlyList<Scenario> Scenarios { get; init; } = Scenario.All;

    public int SeedCount { get; init; } = 20;

    public ulong FirstSeed { get; init; } = 1;

    public int CampaignCount { get; init; } = 40;

    public decimal TotalDailyBudget { get; init; } = 20_000m;

    public string Currency { get; init; } = "USD";

    public DateTimeOffset Start { get; init; } = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<int> HorizonsDays { get; init; } = [30, 90];

    public IReadOnlyList<PolicyEntry> Policies { get; init; } = Benchmark.Policies.Defaults;

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public MarketSpec SpecFor(Scenario scenario, ulong seed) =>
        new(seed, CampaignCount, scenario, Start, TotalDailyBudget, Currency) { HorizonDays = HorizonsDays.Max() };
}
