using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Hosting.Simulated;

namespace BudgetPilot.Hosting.Cycles;

/// <summary>
/// The configured workspace's cycle: its platforms, its engines, its stores. With the simulated market
/// it first brings the market to the cycle's instant (and, once per process, back to what was stored).
/// </summary>
public sealed class LiveCycleRunner(WorkspaceContext context, IReadOnlyList<IAdPlatform> platforms, IReadOnlyList<IDecisionEngine> engines, LiveMarket? market = null) : ICycleRunner
{
    public async Task<CycleRecord> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (market is not null)
        {
            market.Restore(await context.Stores.Campaigns.ListAsync(context.Id, cancellationToken));
            market.AdvanceTo(now);
        }

        return await new OptimizationCycle(context, platforms, engines).RunAsync(now, cancellationToken);
    }
}
