using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;

namespace BudgetPilot.Core.Allocation;

/// <summary>
/// <c>allocator+rules</c>: the seed rules keep their watch items and their critical pauses (a campaign
/// burning money with no return is stopped by a rule a manager can read, every cycle); every budget
/// change comes from the allocator, which holds the campaigns being paused at their budgets.
/// </summary>
public sealed class AllocatorWithRules(ResponseCurveAllocator allocator, SeedRulesEngine? rules = null) : IDecisionEngine
{
    private readonly SeedRulesEngine seed = rules ?? new SeedRulesEngine();

    public string Name => "allocator+rules";

    /// <summary>For callers without a loop to await in, over an allocator whose state store completes synchronously.</summary>
    public DecisionReport Decide(DecisionContext context) => DecideAsync(context, CancellationToken.None).GetAwaiter().GetResult();

    public async Task<DecisionReport> DecideAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fromRules = seed.Decide(context);
        var pauses = fromRules.ImmediateActions.Where(a => a.Type == ActionType.Pause).ToList();
        var held = pauses.Select(p => p.Campaign).ToHashSet();
        var budgets = await allocator.DecideAsync(context, held, cancellationToken);
        return budgets with
        {
            ImmediateActions = [.. pauses, .. budgets.ImmediateActions],
            MonitoringItems = [.. fromRules.MonitoringItems, .. budgets.MonitoringItems],
            RisksAndCaveats = [.. budgets.RisksAndCaveats, .. fromRules.RisksAndCaveats.Where(c => c.Contains("Competition", StringComparison.Ordinal) || c.Contains("uncertain", StringComparison.Ordinal))],
            Engine = Name,
        };
    }
}
