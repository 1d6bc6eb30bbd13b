using BudgetPilot.Core.Settings;

namespace BudgetPilot.Web.Settings;

/// <summary>
/// The settings' validation errors keyed by the field the form shows them under: the setting's path in the API's
/// JSON ("guardrails.maxDailyAdjustments"), translated from the configuration's key each message starts with.
/// </summary>
public static class SettingsFields
{
    public const string Whole = "settings";

    private static readonly Dictionary<string, string> ByConfigKey = new(StringComparer.Ordinal)
    {
        ["confidence_threshold"] = "confidenceThreshold",
        ["human_approval_required.budget_change_percentage"] = "humanApprovalRequired.budgetChangeFraction",
        ["human_approval_required.pause_campaign_if_daily_spend"] = "humanApprovalRequired.pauseCampaignIfDailySpendAbove",
        ["guardrails.max_daily_adjustments"] = "guardrails.maxDailyAdjustments",
        ["guardrails.max_budget_reallocation_per_day"] = "guardrails.maxBudgetReallocationPerDayFraction",
        ["guardrails.max_single_budget_increase"] = "guardrails.maxSingleBudgetIncreaseFraction",
        ["guardrails.min_campaign_runtime_before_pause"] = "guardrails.minCampaignRuntimeBeforePause",
        ["guardrails.protect_winners_above_roas"] = "guardrails.protectWinnersAboveRoas",
        ["guardrails.winner_margin"] = "guardrails.winnerMarginFraction",
        ["alerts.roas_drop_percentage"] = "alerts.roasDropFraction",
        ["alerts.cpa_increase_percentage"] = "alerts.cpaIncreaseFraction",
        ["alerts.zero_conversions_hours"] = "alerts.zeroConversionsFor",
        ["alerts.ctr_drop_percentage"] = "alerts.ctrDropFraction",
        ["alerts.cpc_increase_percentage"] = "alerts.cpcIncreaseFraction",
        ["alerts.min_spend_to_compare"] = "alerts.minSpendToCompare",
        ["approval_timeout"] = "approvalTimeout",
        ["grace_period"] = "gracePeriod",
        ["monitoring_interval"] = "monitoringInterval",
    };

    public static Dictionary<string, string[]> Errors(IReadOnlyList<string> messages) =>
        messages.GroupBy(FieldOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public static string FieldOf(string message)
    {
        var end = message.IndexOfAny([':', ' ']);
        return end > 0 && ByConfigKey.TryGetValue(message[..end], out var field) ? field : Whole;
    }

    public static Dictionary<string, string[]> Errors(WorkspaceSettings settings) => Errors(settings.Validate());
}
