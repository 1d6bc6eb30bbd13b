using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Memory;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>
/// Runs BudgetPilot's own optimization cycle, the one the live scheduler runs, against the market
/// through <see cref="SimulatedPlatform"/> adapters, every 15 simulated minutes. Decisions, the gate,
/// approvals, grace periods, execution and the audit log are all the real ones; only the clock and
/// the stores (in memory) differ.
/// </summary>
public sealed class CyclePolicy : IMarketPolicy
{
    private readonly SimulatedMarket market;
    private readonly CyclePolicyOptions options;
    private readonly Func<InMemoryStore, IReadOnlyList<IDecisionEngine>> engines;
    private WorkspaceContext? context;
    private OptimizationCycle? cycle;

    public CyclePolicy(SimulatedMarket market, string name, CyclePolicyOptions options, Func<IReadOnlyList<IDecisionEngine>> engines)
        : this(market, name, options, _ => engines())
    {
    }

    /// <summary>Engines built over the policy's own <see cref="Store"/> (the allocator keeps its memory in <see cref="InMemoryStore.Allocator"/>).</summary>
    public CyclePolicy(SimulatedMarket market, string name, CyclePolicyOptions options, Func<InMemoryStore, IReadOnlyList<IDecisionEngine>> engines)
    {
        this.market = market;
        this.options = options;
        this.engines = engines;
        Name = name;
    }

    public string Name { get; }

    public InMemoryStore Store { get; } = new() { MetricRetention = TimeSpan.FromDays(17), CycleRetention = 8 };

    public WorkspaceContext Context => context ?? throw new InvalidOperationException("The policy has not run yet.");

    public List<CycleRecord> Cycles { get; } = [];

    public async ValueTask OnTickAsync(SimulatedMarket tickMarket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (cycle is null)
        {
            var workspace = new Workspace("sim", "Simulated market", market.TotalDailyBudget, market.Spec.Currency, TimeZoneInfo.Utc,
                options.MinRoas, options.TargetCpa, market.TotalDailyBudget);
            var platforms = SimulatedPlatform.ForAll(market);
            var executor = new Executor(Store, Store, platforms.ToDictionary(p => p.Platform, p => (IAdPlatform)p), market.Clock);
            context = new WorkspaceContext(workspace, options.Settings, Stores.Of(Store), executor, market.Clock);
            cycle = new OptimizationCycle(context, [.. platforms], engines(Store));
        }

        if (options.ApproveEverything)
        {
            foreach (var request in await Store.ListPendingAsync(Context.Id, cancellationToken))
            {
                await ApprovalDesk.ApproveAsync(Context, request.Id, "simulated-manager", "approved by the simulated manager", cancellationToken);
            }
        }

        var record = await cycle.RunAsync(now, cancellationToken);
        if (options.KeepCycleRecords)
        {
            Cycles.Add(record);
        }
    }
}
