using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Simulation.Constraints;

/// <summary>
/// Re-checks the constraints from the market's change log alone, independently of any policy's code.
/// Days are UTC days. Moved money per day is max(Σ increases, Σ decreases) of the active budgets,
/// so a pause counts as moving its budget. The total is checked after every single change, so a
/// reallocation must cut before it raises.
/// </summary>
public static class ConstraintChecker
{
    public static IReadOnlyList<Violation> Check(IReadOnlyList<BudgetChange> changes, ConstraintLimits limits)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(limits);
        var violations = new List<Violation>();
        var startOfDay = new Dictionary<CampaignId, decimal>();
        var activeTotal = 0m;
        DateOnly? day = null;
        decimal increases = 0m, decreases = 0m;
        var reallocationFlagged = false;
        foreach (var change in changes)
        {
            var today = DateOnly.FromDateTime(change.At.UtcDateTime);
            if (day != today)
            {
                day = today;
                startOfDay.Clear();
                increases = decreases = 0m;
                reallocationFlagged = false;
            }

            activeTotal += change.ActiveDelta;
            if (change.Source is ChangeSource.Initial or ChangeSource.Launch)
            {
                continue;
            }

            void Flag(ViolationKind kind, string detail) => violations.Add(new Violation(change.At, change.Campaign, kind, detail));

            if (activeTotal > limits.TotalDailyBudget + limits.Tolerance)
            {
                Flag(ViolationKind.TotalBudgetExceeded, $"active budgets {activeTotal:0.00} > total {limits.TotalDailyBudget:0.00}");
            }

            var delta = change.ActiveDelta;
            increases += Math.Max(0m, delta);
            decreases += Math.Max(0m, -delta);
            if (!reallocationFlagged && Math.Max(increases, decreases) > limits.MaxReallocationPerDay + limits.Tolerance)
            {
                reallocationFlagged = true;
                Flag(ViolationKind.ReallocationCapExceeded, $"moved {Math.Max(increases, decreases):0.00} > {limits.MaxReallocationPerDay:0.00} on {today}");
            }

            if (change.Source == ChangeSource.Created)
            {
                startOfDay.TryAdd(change.Campaign, change.NewBudget);
                continue;
            }

            CheckCampaign(change, limits, startOfDay, Flag);
        }

        return violations;
    }

    private static void CheckCampaign(BudgetChange change, ConstraintLimits limits, Dictionary<CampaignId, decimal> startOfDay, Action<ViolationKind, string> flag)
    {
        if (!startOfDay.TryGetValue(change.Campaign, out var baseline))
        {
            baseline = change.OldBudget;
            startOfDay[change.Campaign] = baseline;
        }

        if (change.NewBudget > change.OldBudget && change.NewBudget > (baseline * (1 + limits.MaxIncreaseFraction)) + limits.Tolerance)
        {
            flag(ViolationKind.IncreaseTooLarge, $"{baseline:0.00} at start of day → {change.NewBudget:0.00}");
        }

        var pausing = change.OldStatus == CampaignStatus.Active && change.NewStatus != CampaignStatus.Active;
        if (pausing && change.At - change.StartedAt < limits.MinRuntimeBeforePause)
        {
            flag(ViolationKind.PausedTooEarly, $"paused after {(change.At - change.StartedAt).TotalHours:0.#} h");
        }

        var cut = pausing || (change.NewStatus == CampaignStatus.Active && change.NewBudget < change.OldBudget);
        if (cut && change.ObservedRoas7d > limits.ProtectWinnersAboveRoas)
        {
            flag(ViolationKind.WinnerCut, $"cut with observed 7-day ROAS {change.ObservedRoas7d:0.00}");
        }
    }
}
