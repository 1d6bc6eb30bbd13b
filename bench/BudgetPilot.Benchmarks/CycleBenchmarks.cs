using BenchmarkDotNet.Attributes;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Benchmarks;

/// <summary>
/// One whole <see cref="OptimizationCycle.RunAsync"/> on the hour mark over an <see cref="InMemoryStore"/> holding
/// 30 days of hourly history: collection (the last 48 h from four in-memory platforms), analysis of 16 days,
/// detection, the seed rules, the gate and dispatch. Every invocation starts from the same state: a fresh
/// store filled with the same (shared, immutable) samples and platforms reset, in [IterationSetup], one
/// invocation per iteration. The fill is not measured.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class CycleBenchmarks
{
    private const int HistoryDays = 30;

    private Portfolio portfolio = null!;
    private MemoryPlatform[] platforms = [];
    private OptimizationCycle cycle = null!;

    [Params(100, 1_000, 10_000)]
    public int Campaigns { get; set; }

    [GlobalSetup]
    public void Build()
    {
        portfolio = Portfolio.Build(Campaigns, HistoryDays);
        platforms = [.. Enum.GetValues<Platform>().Select(p => new MemoryPlatform(portfolio, p))];
    }

    [IterationSetup]
    public void Fill()
    {
        var store = new InMemoryStore();
        var stores = Stores.Of(store);
        var id = portfolio.Workspace.Id;
        stores.Campaigns.UpsertAsync(id, portfolio.Campaigns, CancellationToken.None).GetAwaiter().GetResult();
        foreach (var samples in portfolio.Samples)
        {
            stores.Metrics.UpsertAsync(id, samples, CancellationToken.None).GetAwaiter().GetResult();
        }

        // A cycle ran 15 minutes ago, so this one is a steady-state hourly cycle, not a bootstrap.
        var previous = new CycleRecord(Guid.Empty, id, Portfolio.Now.AddMinutes(-15), TimeSpan.Zero, false, null, new CycleCounts(), []);
        stores.Cycles.SaveAsync(previous, CancellationToken.None).GetAwaiter().GetResult();

        foreach (var platform in platforms)
        {
            platform.Reset();
        }

        var clock = new FixedClock(Portfolio.Now);
        var executor = new Executor(store, store, platforms.ToDictionary(p => p.Platform, p => (IAdPlatform)p), clock);
        var context = new WorkspaceContext(portfolio.Workspace, new WorkspaceSettings(), stores, executor, clock);
        cycle = new OptimizationCycle(context, platforms, [new SeedRulesEngine()]);

        // Promote the freshly filled store to gen 2 now, so the measured cycle's first GCs do not copy it.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Benchmark]
    public Task<CycleRecord> Cycle() => cycle.RunAsync(Portfolio.Now, CancellationToken.None);
}
