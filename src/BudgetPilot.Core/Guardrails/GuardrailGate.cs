using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Settings;
using static BudgetPilot.Core.Alerts.Detectors;

namespace BudgetPilot.Core.Guardrails;

/// <summary>
/// The one place money rules are enforced, for every engine alike. Takes proposals and today's state,
/// returns where each goes: executed, queued for approval, advice only, or refused with its reasons.
/// A reallocation group passes or fails whole. Cuts are judged before increases, so money freed in a
/// batch can fund increases in the same batch. Pure: the caller applies what it routes to Execute.
/// </summary>
public static class GuardrailGate
{
    public static IReadOnlyList<GateVerdict> Evaluate(
        WorkspaceSettings settings,
        GateState state,
        IReadOnlyList<ProposedAction> proposals,
        IReadOnlySet<string>? approvedActionIds = null)
    {
        approvedActionIds ??= new HashSet<string>(StringComparer.Ordinal);
        var campaigns = new Dictionary<CampaignId, Campaign>(state.Campaigns);
        var activeSum = state.ActiveBudget;
        var executed = state.Ledger.Executed;
        var moved = state.Ledger.Moved;
        var seen = new HashSet<CampaignId>();
        var verdicts = new Dictionary<ProposedAction, GateVerdict>(ReferenceEqualityComparer.Instance);

        var units = proposals
            .Select((p, i) => (p, i))
            .GroupBy(x => x.p.GroupId ?? $"\u0000{x.i}")
            .Select(g => g.Select(x => x.p).ToList())
            .OrderBy(u => AllCuts(u, campaigns) ? 0 : 1)
            .ToList();

        foreach (var proposed in units)
        {
            var reasons = new List<string>();
            var legs = new List<(ProposedAction Action, decimal Before, decimal After, bool ActiveAfter)>();

            // Platform step rules may resize an action; the verdict carries the action as it will be executed.
            var original = proposed;
            List<ProposedAction> unit = [.. proposed.Select(a => LearningPhase.Step(a, settings, state, campaigns, approvedActionIds.Contains(a.ActionId), reasons))];
            foreach (var action in unit)
            {
                var leg = GateChecks.Leg(action, settings, state, campaigns, seen, reasons);
                if (leg is { } l)
                {
                    legs.Add((action, l.Before, l.After, l.ActiveAfter));
                }
            }

            if (unit.Count > 1 || unit[0].GroupId is not null)
            {
                GateChecks.Group(unit, legs.Select(l => l.After - l.Before).ToList(), reasons);
            }

            // Money moved is counted on active budgets, as the independent checker counts it: a pause takes its
            // whole budget out, a resume or a new campaign puts one in; per unit, the larger of what went up and down.
            var activeDeltas = legs.Select(l => (l.ActiveAfter ? l.After : 0m) - (IsActive(campaigns, l.Action) ? l.Before : 0m)).ToList();
            var unitMoved = (Inc: activeDeltas.Where(d => d > 0m).Sum(), Dec: -activeDeltas.Where(d => d < 0m).Sum());
            var movedByUnit = Math.Max(unitMoved.Inc, unitMoved.Dec);
            var newActive = activeSum + legs.Sum(l => (l.ActiveAfter ? l.After : 0m) - (IsActive(campaigns, l.Action) ? l.Before : 0m));

            if (reasons.Count == 0)
            {
                var total = state.Workspace.TotalDailyBudget;
                if (newActive > total && newActive > activeSum)
                {
                    reasons.Add($"Would raise active daily budgets to {M(newActive)}, above the {M(total)} total daily budget.");
                }

                var cap = settings.Guardrails.MaxBudgetReallocationPerDayFraction * total;
                if (movedByUnit > 0m && moved + movedByUnit > cap)
                {
                    reasons.Add($"Would move {M(movedByUnit)} more today; {M(moved)} already moved of the {M(cap)} daily cap ({P(settings.Guardrails.MaxBudgetReallocationPerDayFraction)} of the total).");
                }

                if (executed + unit.Count > settings.Guardrails.MaxDailyAdjustments)
                {
                    reasons.Add($"Daily limit of {settings.Guardrails.MaxDailyAdjustments} adjustments reached ({executed} made today).");
                }
            }

            Route route;
            if (reasons.Count > 0)
            {
                route = Route.Reject;
            }
            else if (settings.Autonomy == AutonomyLevel.Advisory)
            {
                route = Route.Advise;
                reasons.Add("Advisory mode: suggestion only, nothing is executed.");
            }
            else
            {
                var needs = GateChecks.ApprovalNeeded(unit, legs.Select(l => (l.Action, l.Before, l.After)).ToList(), settings, state, movedByUnit);
                var approved = unit.All(a => approvedActionIds.Contains(a.ActionId));
                route = needs.Count > 0 && !approved ? Route.RequireApproval : Route.Execute;
                reasons.AddRange(route == Route.RequireApproval ? needs : []);
            }

            if (route == Route.Execute)
            {
                // A pause may wait out a grace period before it happens, so the budget it frees is not there
                // to spend yet: later units of this evaluation must fit without it. Once paused, the next
                // cycle's state has the money back.
                var held = legs.Where(l => l.Action.Type == ActionType.Pause && !l.ActiveAfter && IsActive(campaigns, l.Action)).Sum(l => l.Before);
                foreach (var l in legs)
                {
                    if (campaigns.TryGetValue(l.Action.Campaign, out var c))
                    {
                        campaigns[l.Action.Campaign] = c with { DailyBudget = l.After, Status = l.ActiveAfter ? CampaignStatus.Active : CampaignStatus.Paused };
                    }
                }

                activeSum = newActive + held;
                executed += unit.Count;
                moved += movedByUnit;
            }

            var share = unit.Count == 0 ? 0m : movedByUnit / unit.Count;
            for (var i = 0; i < unit.Count; i++)
            {
                var before = legs.FirstOrDefault(l => ReferenceEquals(l.Action, unit[i])).Before;
                verdicts[original[i]] = new GateVerdict(unit[i], route, reasons, share, before);
            }
        }

        return [.. proposals.Select(p => verdicts[p])];
    }

    private static bool IsActive(Dictionary<CampaignId, Campaign> campaigns, ProposedAction action) =>
        campaigns.TryGetValue(action.Campaign, out var c) && c.IsActive;

    /// <summary>Ordering only: a unit that only cuts can free money for the rest. Compares, never sums, so absurd numbers cannot overflow here.</summary>
    private static bool AllCuts(List<ProposedAction> unit, Dictionary<CampaignId, Campaign> campaigns) =>
        unit.All(a => a.Type == ActionType.Pause
            || (a.Type is not (ActionType.Create or ActionType.Resume) && a.NewBudget is { } nb && campaigns.TryGetValue(a.Campaign, out var c) && nb < c.DailyBudget));
}
