using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Settings;

/// <summary>Everything a workspace's manager can tune; the seed's YAML maps onto it one to one.</summary>
public sealed record WorkspaceSettings
{
    public AutonomyLevel Autonomy { get; init; } = AutonomyLevel.FullAutonomous;

    public double ConfidenceThreshold { get; init; } = 0.85;

    public ApprovalRules HumanApprovalRequired { get; init; } = new();

    public GuardrailSettings Guardrails { get; init; } = new();

    public AlertThresholds Alerts { get; init; } = new();

    public TimeSpan ApprovalTimeout { get; init; } = TimeSpan.FromHours(4);

    /// <summary>How long a critical pause waits for a recovery before it runs; zero pauses at once.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromHours(3);

    public TimeSpan MonitoringInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>No new budget action on a campaign changed less than this long ago (the seed's 48h watch band).</summary>
    public TimeSpan ChangeCooldown { get; init; } = TimeSpan.FromHours(48);

    /// <summary>After a request is rejected or expires, the same campaign is not proposed again for this long.</summary>
    public TimeSpan RequestCooldown { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Rejects settings a manager could not have meant, naming each key and why.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }

        Check(ConfidenceThreshold is >= 0.5 and <= 1.0, $"confidence_threshold: {ConfidenceThreshold} must be between 0.5 and 1.0.");
        Check(HumanApprovalRequired.BudgetChangeFraction is > 0m and <= 10m, "human_approval_required.budget_change_percentage must be above 0%.");
        Check(HumanApprovalRequired.PauseCampaignIfDailySpendAbove >= 0m, "human_approval_required.pause_campaign_if_daily_spend must not be negative.");
        Check(Guardrails.MaxDailyAdjustments is >= 0 and <= 10_000, $"guardrails.max_daily_adjustments: {Guardrails.MaxDailyAdjustments} must be between 0 and 10000.");
        Check(Guardrails.MaxBudgetReallocationPerDayFraction is >= 0m and <= 1m, "guardrails.max_budget_reallocation_per_day must be between 0% and 100%.");
        Check(Guardrails.MaxSingleBudgetIncreaseFraction is >= 0m and <= 10m, "guardrails.max_single_budget_increase must be between 0% and 1000%.");
        Check(Guardrails.MinCampaignRuntimeBeforePause >= TimeSpan.Zero, "guardrails.min_campaign_runtime_before_pause must not be negative.");
        Check(Guardrails.ProtectWinnersAboveRoas > 0m, "guardrails.protect_winners_above_roas must be positive.");
        Check(Guardrails.WinnerMarginFraction is >= 0m and < 1m, "guardrails.winner_margin must be between 0% and 100%.");
        Check(Alerts.RoasDropFraction is > 0m and < 1m, "alerts.roas_drop_percentage must be between 0 and 100.");
        Check(Alerts.CpaIncreaseFraction > 0m, "alerts.cpa_increase_percentage must be positive.");
        Check(Alerts.ZeroConversionsFor >= TimeSpan.FromHours(1), "alerts.zero_conversions_hours must be at least 1.");
        Check(Alerts.CtrDropFraction is > 0m and < 1m, "alerts.ctr_drop_percentage must be between 0 and 100.");
        Check(Alerts.CpcIncreaseFraction > 0m, "alerts.cpc_increase_percentage must be positive.");
        Check(Alerts.MinSpendToCompare >= 0m, "alerts.min_spend_to_compare must not be negative.");
        Check(ApprovalTimeout >= TimeSpan.FromMinutes(1), "approval_timeout must be at least 1 minute.");
        Check(GracePeriod >= TimeSpan.Zero, "grace_period must not be negative.");
        Check(MonitoringInterval >= TimeSpan.FromMinutes(1), "monitoring_interval must be at least 60 seconds.");
        return errors;
    }
}
