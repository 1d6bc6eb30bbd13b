namespace BudgetPilot.Core.Rules;

/// <summary>Stable names of the seed framework's rules, as recorded on each decision.</summary>
public static class RuleIds
{
    public const string PauseRoasBelowForDays = "pause.roas_below_1_5_for_3_days";
    public const string PauseZeroConversions = "pause.zero_conversions_48h";
    public const string PauseCpaAboveTarget = "pause.cpa_above_target_50";
    public const string ReduceRoasDeclining = "reduce.roas_1_5_to_2_declining";
    public const string ReduceCpaAboveTarget = "reduce.cpa_above_target_25_to_50";
    public const string ReduceFatigue = "reduce.ctr_dropped_30";
    public const string IncreaseRoasAbove4 = "increase.roas_above_4_stable_or_rising";
    public const string IncreaseCpaBelowTarget = "increase.cpa_below_target_30";
    public const string IncreaseImpressionShare = "increase.impression_share_below_70";
    public const string StopLossNoConversions = "pause.no_conversions_7_days";
    public const string PauseBelowBreakEven = "pause.below_break_even";
    public const string Reallocate = "reallocate.underperformers_to_winners";
}
