using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Hosting.Configuration;

/// <summary>The seed's top-level keys onto Core's <see cref="WorkspaceSettings"/>, one to one.</summary>
internal static class SettingsReader
{
    private static readonly string[] GuardrailKeys =
        ["max_daily_adjustments", "max_budget_reallocation_per_day", "max_single_budget_increase", "min_campaign_runtime_before_pause", "protect_winners_above_roas", "winner_margin", "learning_phase"];

    private static readonly string[] AlertKeys =
        ["roas_drop_percentage", "cpa_increase_percentage", "zero_conversions_hours", "ctr_drop_percentage", "cpc_increase_percentage", "min_spend_to_compare"];

    public static WorkspaceSettings Read(ConfigSection root)
    {
        var defaults = new WorkspaceSettings();
        var level = root.Read("autonomous_mode", defaults.Autonomy, ParseAutonomy);
        return defaults with
        {
            Autonomy = level,
            ConfidenceThreshold = (double)root.Decimal("confidence_threshold", (decimal)defaults.ConfidenceThreshold),
            HumanApprovalRequired = ApprovalRulesReader.Read(root, level),
            Guardrails = ReadGuardrails(root.Section("guardrails", GuardrailKeys), defaults.Guardrails),
            Alerts = ReadAlerts(root.Section("alerts", AlertKeys), defaults.Alerts),
            ApprovalTimeout = root.Duration("approval_timeout", defaults.ApprovalTimeout),
            GracePeriod = root.Duration("grace_period", defaults.GracePeriod),
            MonitoringInterval = root.Duration("monitoring_interval", defaults.MonitoringInterval, bareUnit: TimeSpan.FromSeconds(1)),
            ChangeCooldown = root.Duration("change_cooldown", defaults.ChangeCooldown),
        };
    }

    private static (AutonomyLevel, string?) ParseAutonomy(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "full" or "full_autonomous" => (AutonomyLevel.FullAutonomous, null),
        "partial" or "semi" or "semi_autonomous" => (AutonomyLevel.SemiAutonomous, null),
        "false" or "advisory" => (AutonomyLevel.Advisory, null),
        _ => (AutonomyLevel.Advisory, "is not an autonomy level; write true (full autonomous), partial (semi-autonomous) or false (advisory only)"),
    };

    private static GuardrailSettings ReadGuardrails(ConfigSection section, GuardrailSettings d) => d with
    {
        MaxDailyAdjustments = section.Int("max_daily_adjustments", d.MaxDailyAdjustments),
        MaxBudgetReallocationPerDayFraction = section.Percent("max_budget_reallocation_per_day", d.MaxBudgetReallocationPerDayFraction),
        MaxSingleBudgetIncreaseFraction = section.Percent("max_single_budget_increase", d.MaxSingleBudgetIncreaseFraction),
        MinCampaignRuntimeBeforePause = section.Duration("min_campaign_runtime_before_pause", d.MinCampaignRuntimeBeforePause),
        ProtectWinnersAboveRoas = section.Decimal("protect_winners_above_roas", d.ProtectWinnersAboveRoas),
        WinnerMarginFraction = section.Percent("winner_margin", d.WinnerMarginFraction),
        LearningPhase = section.Has("learning_phase") ? ReadLearningPhase(section.Section("learning_phase", PlatformNames), d) : d.LearningPhase,
    };

    private static readonly string[] PlatformNames = [.. Enum.GetValues<Platform>().Select(p => p.Key())];

    /// <summary>
    /// <c>learning_phase: { meta_ads: { max_step: 20%, min_interval: 48h } }</c>; a platform given <c>off</c> (or
    /// <c>false</c>) has no stepping. Platforms not named keep the defaults (Meta steps, others do not).
    /// </summary>
    private static Dictionary<Platform, LearningPhaseRule> ReadLearningPhase(ConfigSection section, GuardrailSettings d)
    {
        var rules = new Dictionary<Platform, LearningPhaseRule>(d.LearningPhase);
        foreach (var key in section.Keys)
        {
            if (!PlatformKeys.TryParse(key, out var platform))
            {
                continue; // already reported as an unknown key, with a suggestion
            }

            if (section.NodeOf(key) is YamlDotNet.RepresentationModel.YamlScalarNode && section.Text(key) is "off" or "false")
            {
                rules.Remove(platform);
                continue;
            }

            var rule = section.Section(key, ["max_step", "min_interval"]);
            var fallback = rules.GetValueOrDefault(platform) ?? new LearningPhaseRule(0.20m, TimeSpan.FromHours(48));
            rules[platform] = new LearningPhaseRule(rule.Percent("max_step", fallback.MaxStepFraction), rule.Duration("min_interval", fallback.MinInterval));
        }

        return rules;
    }

    private static AlertThresholds ReadAlerts(ConfigSection section, AlertThresholds d) => d with
    {
        RoasDropFraction = section.Percent("roas_drop_percentage", d.RoasDropFraction),
        CpaIncreaseFraction = section.Percent("cpa_increase_percentage", d.CpaIncreaseFraction),
        ZeroConversionsFor = section.Duration("zero_conversions_hours", d.ZeroConversionsFor, bareUnit: TimeSpan.FromHours(1)),
        CtrDropFraction = section.Percent("ctr_drop_percentage", d.CtrDropFraction),
        CpcIncreaseFraction = section.Percent("cpc_increase_percentage", d.CpcIncreaseFraction),
        MinSpendToCompare = section.Decimal("min_spend_to_compare", d.MinSpendToCompare),
    };
}
