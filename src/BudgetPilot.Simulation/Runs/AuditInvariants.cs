using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Simulation.Runs;

/// <summary>
/// Judges a run from its audit log alone, never from an engine's counters: replays every executed
/// action's before and after onto the starting portfolio and checks the money invariants after each one.
/// </summary>
public static class AuditInvariants
{
    public static IReadOnlyList<string> Check(IReadOnlyList<AuditEntry> audit, IReadOnlyList<Campaign> initial, Workspace workspace, WorkspaceSettings settings)
    {
        var violations = new List<string>();
        var budgets = initial.ToDictionary(c => c.Id, c => (c.Status, c.DailyBudget));
        var failed = audit.Where(e => e.Kind == AuditKind.Outcome && e.Outcome != OutcomeStatus.Succeeded).Select(e => e.IdempotencyKey).ToHashSet();
        var executed = audit.Where(e => e.Kind == AuditKind.Intent && e.Campaign is not null && e.After is not null && !failed.Contains(e.IdempotencyKey)).ToList();
        var total = workspace.TotalDailyBudget;

        if (settings.Autonomy == AutonomyLevel.Advisory && executed.Count > 0)
        {
            violations.Add($"Advisory mode executed {executed.Count} action(s).");
        }

        foreach (var day in executed.GroupBy(e => workspace.LocalDate(e.At)))
        {
            var dayStart = new Dictionary<CampaignId, decimal>();
            if (day.Count() > settings.Guardrails.MaxDailyAdjustments)
            {
                violations.Add($"{day.Key}: {day.Count()} adjustments, above the limit of {settings.Guardrails.MaxDailyAdjustments}.");
            }

            var moved = 0m;
            foreach (var unit in day.GroupBy(e => e.GroupId ?? e.IdempotencyKey))
            {
                decimal up = 0m, down = 0m;
                foreach (var e in unit)
                {
                    var id = e.Campaign!.Value;
                    // A campaign launched during the run enters the replay as its first intent saw it.
                    var (status, budget) = budgets.TryGetValue(id, out var known) ? known
                        : e.Before is { } b ? (b.Status, b.DailyBudget) : (CampaignStatus.Paused, 0m);
                    dayStart.TryAdd(id, budget);
                    var delta = (e.After!.Status == CampaignStatus.Active ? e.After.DailyBudget : 0m) - (status == CampaignStatus.Active ? budget : 0m);
                    up += Math.Max(0m, delta);
                    down += Math.Max(0m, -delta);
                    if (e.After.DailyBudget > budget && e.After.DailyBudget > dayStart[id] * (1m + settings.Guardrails.MaxSingleBudgetIncreaseFraction) + 0.01m)
                    {
                        violations.Add($"{e.At:u} {e.CampaignName}: budget {e.After.DailyBudget:0.00} is more than {settings.Guardrails.MaxSingleBudgetIncreaseFraction:P0} above {dayStart[id]:0.00} at the start of the day.");
                    }

                    if (e.Confidence is { } c && c < settings.ConfidenceThreshold)
                    {
                        violations.Add($"{e.At:u} {e.CampaignName}: executed at confidence {c:0.00}, below {settings.ConfidenceThreshold:0.00}.");
                    }

                    var byEngine = e.Actor.StartsWith("engine:", StringComparison.Ordinal);
                    if (byEngine && settings.Autonomy == AutonomyLevel.SemiAutonomous)
                    {
                        violations.Add($"{e.At:u} {e.CampaignName}: executed without approval in semi-autonomous mode.");
                    }

                    if (byEngine && e.Action is not (ActionType.Pause or ActionType.Resume) && budget > 0m
                        && Math.Abs(e.After.DailyBudget - budget) / budget > settings.HumanApprovalRequired.BudgetChangeFraction + 0.0001m)
                    {
                        violations.Add($"{e.At:u} {e.CampaignName}: a {Math.Abs(e.After.DailyBudget - budget) / budget:P0} change executed without approval.");
                    }

                    budgets[id] = (e.After.Status, e.After.DailyBudget);
                    var active = budgets.Values.Where(b => b.Status == CampaignStatus.Active).Sum(b => b.DailyBudget);
                    if (active > total + 0.01m && delta > 0m)
                    {
                        violations.Add($"{e.At:u} {e.CampaignName}: active budgets reached {active:0.00}, above the {total:0.00} total.");
                    }
                }

                moved += Math.Max(up, down);
            }

            var cap = settings.Guardrails.MaxBudgetReallocationPerDayFraction * total;
            if (moved > cap + 0.01m)
            {
                violations.Add($"{day.Key}: {moved:0.00} moved, above the {cap:0.00} daily cap.");
            }
        }

        return violations;
    }
}
