using System.Globalization;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Settings;
using static BudgetPilot.Core.Alerts.Detectors;

namespace BudgetPilot.Core.Guardrails;

/// <summary>The gate's checks on one action and on one reallocation group; each failure adds a reason.</summary>
internal static class GateChecks
{
    public readonly record struct LegChange(decimal Before, decimal After, bool ActiveAfter);

    public static LegChange? Leg(
        ProposedAction action,
        WorkspaceSettings settings,
        GateState state,
        Dictionary<CampaignId, Campaign> campaigns,
        HashSet<CampaignId> seen,
        List<string> reasons)
    {
        var name = string.IsNullOrWhiteSpace(action.CampaignName) ? action.Campaign.ToString() : $"'{action.CampaignName}'";
        var count = reasons.Count;
        if (string.IsNullOrWhiteSpace(action.Reasoning))
        {
            reasons.Add($"{name}: the proposal gives no reasoning.");
        }

        if (!double.IsFinite(action.Confidence) || action.Confidence is < 0 or > 1)
        {
            reasons.Add($"{name}: confidence {action.Confidence.ToString(CultureInfo.InvariantCulture)} is not between 0 and 1.");
        }
        else if (action.Confidence < settings.ConfidenceThreshold)
        {
            reasons.Add($"{name}: confidence {action.Confidence:0.00} is below the {settings.ConfidenceThreshold:0.00} threshold.");
        }

        if (!seen.Add(action.Campaign))
        {
            reasons.Add($"{name}: another action on the same campaign is in this batch.");
        }

        var total = state.Workspace.TotalDailyBudget;
        var max = Math.Min(state.Workspace.MaxCampaignBudget, total);
        if (action.NewBudget is { } proposed && (proposed <= 0m || proposed > max))
        {
            reasons.Add($"{name}: a budget of {M(proposed)} is outside 0–{M(max)} (the maximum single campaign budget and the total).");
        }

        if (action.Type == ActionType.Create)
        {
            if (campaigns.ContainsKey(action.Campaign))
            {
                reasons.Add($"{name}: a campaign with id {action.Campaign} already exists.");
            }

            if (action.NewBudget is null)
            {
                reasons.Add($"{name}: a new campaign needs a budget.");
            }

            return reasons.Count == count ? new LegChange(0m, action.NewBudget ?? 0m, true) : null;
        }

        if (!campaigns.TryGetValue(action.Campaign, out var campaign) || campaign.Status == CampaignStatus.Removed)
        {
            reasons.Add($"{name}: unknown campaign {action.Campaign}.");
            return null;
        }

        var before = campaign.DailyBudget;
        var roas = state.Roas7d.GetValueOrDefault(action.Campaign);
        if (action.Type is ActionType.Pause or ActionType.Resume && action.NewBudget is { } statusBudget && statusBudget != before)
        {
            reasons.Add($"{name}: a {action.Type.ToString().ToLowerInvariant()} changes the status only; propose the budget change separately.");
        }

        var guard = settings.Guardrails;
        switch (action.Type)
        {
            case ActionType.Pause:
                if (!campaign.IsActive)
                {
                    reasons.Add($"{name} is already paused.");
                }

                if (state.Now - campaign.StartedAt < guard.MinCampaignRuntimeBeforePause)
                {
                    reasons.Add($"{name} has run {(state.Now - campaign.StartedAt).TotalHours:0} h; no pause before {guard.MinCampaignRuntimeBeforePause.TotalHours:0} h.");
                }

                Protect(name, roas, guard, reasons);
                return reasons.Count == count ? new LegChange(before, before, false) : null;

            case ActionType.Resume:
                if (campaign.IsActive)
                {
                    reasons.Add($"{name} is already active.");
                }

                return reasons.Count == count ? new LegChange(before, before, true) : null;

            default:
                if (action.NewBudget is not { } after)
                {
                    reasons.Add($"{name}: a {action.Type} needs a new budget.");
                    return null;
                }

                if (!campaign.IsActive)
                {
                    reasons.Add($"{name} is paused; resume it before changing its budget.");
                }

                if (campaign.HasSharedBudget)
                {
                    reasons.Add($"{name} draws on a shared budget; changing it would change every campaign that shares it.");
                }

                if (action.Type == ActionType.ReduceBudget && after >= before)
                {
                    reasons.Add($"{name}: {M(after)} does not reduce the current {M(before)} budget.");
                }

                if (action.Type == ActionType.IncreaseBudget && after <= before)
                {
                    reasons.Add($"{name}: {M(after)} does not increase the current {M(before)} budget.");
                }

                if (after > before)
                {
                    var dayStart = state.Ledger.DayStartBudgets.GetValueOrDefault(action.Campaign, before);
                    var limit = dayStart * (1m + guard.MaxSingleBudgetIncreaseFraction);
                    if (after > limit)
                    {
                        reasons.Add($"{name}: {M(after)} is more than {P(guard.MaxSingleBudgetIncreaseFraction)} above {M(dayStart)} (its budget at the start of the day); at most {M(limit)}.");
                    }
                }
                else if (after < before)
                {
                    Protect(name, roas, guard, reasons);
                }

                return reasons.Count == count ? new LegChange(before, after, true) : null;
        }
    }

    public static void Group(IReadOnlyList<ProposedAction> unit, IReadOnlyList<decimal> deltas, List<string> reasons)
    {
        if (unit.Any(a => a.Type is ActionType.Pause or ActionType.Resume or ActionType.Create or ActionType.Undo))
        {
            reasons.Add("A reallocation may only change budgets.");
        }

        if (unit.Count < 2)
        {
            reasons.Add("A reallocation needs money to come from somewhere and go somewhere: at least two campaigns.");
        }

        var net = deltas.Sum();
        if (deltas.Count == unit.Count && net > 0.01m)
        {
            reasons.Add($"A reallocation must keep total spend constant; this one adds {M(net)}/day.");
        }
    }

    public static List<string> ApprovalNeeded(
        IReadOnlyList<ProposedAction> unit,
        IReadOnlyList<(ProposedAction Action, decimal Before, decimal After)> legs,
        WorkspaceSettings settings,
        GateState state,
        decimal moved)
    {
        var needs = new List<string>();
        if (settings.Autonomy == AutonomyLevel.SemiAutonomous)
        {
            needs.Add("Semi-autonomous mode: every change needs a manager's approval.");
            return needs;
        }

        var rules = settings.HumanApprovalRequired;
        foreach (var (action, before, after) in legs)
        {
            if (action.Type is not (ActionType.Pause or ActionType.Resume or ActionType.Create) && before > 0m
                && Math.Abs(after - before) / before > rules.BudgetChangeFraction)
            {
                needs.Add($"'{action.CampaignName}': a {P(Math.Abs(after - before) / before)} budget change is above the {P(rules.BudgetChangeFraction)} a human must approve.");
            }

            if (action.Type == ActionType.Create && rules.NewCampaignCreation)
            {
                needs.Add($"'{action.CampaignName}': creating a campaign needs approval.");
            }

            if (action.Type == ActionType.Pause && state.DailySpend.GetValueOrDefault(action.Campaign) > rules.PauseCampaignIfDailySpendAbove)
            {
                needs.Add($"'{action.CampaignName}': pausing a campaign spending {M(state.DailySpend[action.Campaign])}/day (above {M(rules.PauseCampaignIfDailySpendAbove)}) needs approval.");
            }
        }

        if (rules.MajorStrategyChange)
        {
            if (unit.Any(a => a.MajorStrategyChange))
            {
                needs.Add("A major strategy change needs approval.");
            }
            else if (unit.Any(a => a.GroupId is not null) && moved >= rules.MajorStrategyChangeShareOfBudget * state.Workspace.TotalDailyBudget && moved > 0m)
            {
                needs.Add($"Moving {M(moved)} ({P(rules.MajorStrategyChangeShareOfBudget)} or more of the total budget) is a major strategy change.");
            }
        }

        return needs;
    }

    private static void Protect(string name, decimal roas, GuardrailSettings guard, List<string> reasons)
    {
        if (guard.IsProtectedWinner(roas))
        {
            reasons.Add($"{name} is a winner (7-day ROAS {F(roas)}, within {P(guard.WinnerMarginFraction)} of {F(guard.ProtectWinnersAboveRoas)} or above); winners are never cut.");
        }
    }
}
