using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Settings;
using static BudgetPilot.Core.Alerts.Detectors;

namespace BudgetPilot.Core.Guardrails;

/// <summary>
/// Platform rules that protect delivery: on a platform with a learning phase (Meta) a budget change above
/// the step is cut down to one step, and no step follows the last one sooner than the interval. A manager's
/// approval of the action overrides it. A reallocation leg is never resized (the group must stay balanced):
/// it is refused instead.
/// </summary>
internal static class LearningPhase
{
    public static ProposedAction Step(ProposedAction action, WorkspaceSettings settings, GateState state, IReadOnlyDictionary<CampaignId, Campaign> campaigns, bool approved, List<string> reasons)
    {
        if (approved || action.NewBudget is not { } proposed || action.Type is ActionType.Pause or ActionType.Resume or ActionType.Create
            || !settings.Guardrails.LearningPhase.TryGetValue(action.Campaign.Platform, out var rule)
            || !campaigns.TryGetValue(action.Campaign, out var campaign) || campaign.DailyBudget <= 0m || proposed == campaign.DailyBudget
            || proposed <= 0m || proposed > Math.Min(state.Workspace.MaxCampaignBudget, state.Workspace.TotalDailyBudget))
        {
            // Nothing to step, or a value the gate's checks refuse anyway (and that arithmetic could overflow on).
            return action;
        }

        var platform = action.Campaign.Platform.DisplayName();
        if (state.LastChangedAt.TryGetValue(action.Campaign, out var last) && state.Now - last < rule.MinInterval)
        {
            reasons.Add($"'{action.CampaignName}' is in {platform}'s learning phase: its next budget step is allowed from {last + rule.MinInterval:yyyy-MM-dd HH:mm} UTC.");
            return action;
        }

        var before = campaign.DailyBudget;
        var change = (proposed - before) / before;
        if (Math.Abs(change) <= rule.MaxStepFraction)
        {
            return action;
        }

        if (action.GroupId is not null)
        {
            reasons.Add($"'{action.CampaignName}': a {P(Math.Abs(change))} reallocation leg is above {platform}'s {P(rule.MaxStepFraction)} learning-phase step.");
            return action;
        }

        var step = decimal.Round(before * (1m + (Math.Sign(change) * rule.MaxStepFraction)), 2, MidpointRounding.ToZero);
        return action with
        {
            NewBudget = step,
            Reasoning = $"{action.Reasoning} Split for {platform}'s learning phase: this step {M(before)} → {M(step)} of the proposed {M(proposed)}; the rest in steps of at most {P(rule.MaxStepFraction)}, {rule.MinInterval.TotalHours:0} h apart.",
        };
    }
}
