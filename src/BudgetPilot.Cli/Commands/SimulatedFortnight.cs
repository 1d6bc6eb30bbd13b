using BudgetPilot.Core.Approvals;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Settings;
using BudgetPilot.Simulation;
using BudgetPilot.Simulation.Benchmark;

namespace BudgetPilot.Cli.Commands;

/// <summary>
/// Two simulated weeks of the real cycle, semi-autonomous, with a manager who approves every second
/// request after an hour, rejects every fifth and lets the rest expire: the data behind the sample report.
/// </summary>
internal static class SimulatedFortnight
{
    public static async Task<(Stores Stores, Workspace Workspace)> RunAsync(DateOnly end, ulong seed, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(end.AddDays(-14).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var market = new SimulatedMarket(new MarketSpec(seed, 12, Scenario.AllCombined, start, 20_000m, "USD") { HorizonDays = 14 });
        var policy = new CyclePolicy(market, "rules", new CyclePolicyOptions { Settings = new WorkspaceSettings { Autonomy = AutonomyLevel.SemiAutonomous } },
            () => [new SeedRulesEngine()]);
        var seen = new HashSet<Guid>();
        while (market.Now < start.AddDays(14))
        {
            await policy.OnTickAsync(market, market.Now, cancellationToken);
            foreach (var request in await policy.Store.ListPendingAsync(policy.Context.Id, cancellationToken))
            {
                if (market.Now - request.RequestedAt < TimeSpan.FromHours(1) || !seen.Add(request.Id))
                {
                    continue;
                }

                _ = seen.Count % 2 == 0 ? await ApprovalDesk.ApproveAsync(policy.Context, request.Id, "manager", "ok", cancellationToken)
                    : seen.Count % 5 == 0 ? await ApprovalDesk.RejectAsync(policy.Context, request.Id, "manager", "not now", cancellationToken)
                    : null;
            }

            market.Advance();
        }

        return (policy.Context.Stores, policy.Context.Workspace);
    }
}
