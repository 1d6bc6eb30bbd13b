using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Simulation;
using BudgetPilot.Simulation.Benchmark;

namespace BudgetPilot.Storage.Tests.Allocation;

/// <summary>
/// The allocator running the real cycle over a small simulated market, every 15 simulated minutes, with
/// every proposal it makes written down in order. <see cref="BeforeTick"/> lets a test act between cycles
/// (corrupt the stored state, swap a store) exactly as a restart or an operator would.
/// </summary>
internal sealed class AllocatorRun(Func<IDecisionEngine> engine)
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public Func<DateTimeOffset, Task>? BeforeTick { get; init; }

    public List<string> Proposals { get; } = [];

    public List<string> Caveats { get; } = [];

    public IReadOnlyList<DayOutcome> Days { get; private set; } = [];

    public async Task<AllocatorRun> RunAsync(int days, ulong seed = 5, int campaigns = 10)
    {
        var spec = new MarketSpec(seed, campaigns, Scenario.DelayedConversions, Start, 20_000m, "USD") { HorizonDays = days };
        var market = new SimulatedMarket(spec);
        var policy = new CyclePolicy(market, "allocator", new CyclePolicyOptions(), () => [new Recording(engine, this)]);
        var end = Start.AddDays(days);
        while (market.Now < end)
        {
            if (BeforeTick is { } before)
            {
                await before(market.Now);
            }

            await policy.OnTickAsync(market, market.Now, TestContext.Current.CancellationToken);
            market.Advance();
        }

        Days = market.Days;
        return this;
    }

    /// <summary>Asks <paramref name="engine"/> for each cycle's engine, so a factory gives a new instance every cycle.</summary>
    private sealed class Recording(Func<IDecisionEngine> engine, AllocatorRun run) : IDecisionEngine
    {
        public string Name => "allocator";

        public async Task<DecisionReport> DecideAsync(DecisionContext context, CancellationToken cancellationToken)
        {
            var report = await engine().DecideAsync(context, cancellationToken);
            run.Proposals.AddRange(report.ImmediateActions.Select(a =>
                $"{a.ActionId} {a.Type} {a.Campaign} {a.CurrentState.Budget} → {a.NewBudget} conf {a.Confidence} group {a.GroupId} | {a.Reasoning}"));
            run.Caveats.AddRange(report.RisksAndCaveats);
            return report;
        }
    }
}

/// <summary>A store seen under one workspace id, so tests sharing a database never meet (the simulated workspace is always "sim").</summary>
internal sealed class OneWorkspace(IAllocatorStateStore inner, string workspaceId) : IAllocatorStateStore
{
    public IAllocatorStateStore Inner { get; set; } = inner;

    public string WorkspaceId => workspaceId;

    public Task<AllocatorState?> LoadAsync(string ignored, CancellationToken cancellationToken) => Inner.LoadAsync(workspaceId, cancellationToken);

    public Task SaveAsync(string ignored, AllocatorStateChanges changes, CancellationToken cancellationToken) => Inner.SaveAsync(workspaceId, changes, cancellationToken);
}
