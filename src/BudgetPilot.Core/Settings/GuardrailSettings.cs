using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Settings;

/// <summary>The seed's <c>guardrails</c>. Fractions are fractions (0.30 = 30%).</summary>
public sealed record GuardrailSettings
{
    public int MaxDailyAdjustments { get; init; } = 50;

    public decimal MaxBudgetReallocationPerDayFraction { get; init; } = 0.30m;

    public decimal MaxSingleBudgetIncreaseFraction { get; init; } = 0.50m;

    public TimeSpan MinCampaignRuntimeBeforePause { get; init; } = TimeSpan.FromHours(72);

    /// <summary>Critical rule 5: never cut a campaign whose 7-day ROAS is above this.</summary>
    public decimal ProtectWinnersAboveRoas { get; init; } = 5.0m;

    /// <summary>
    /// The protection starts this far below the line. Conversions keep maturing after a decision is read,
    /// so the ROAS the platform will show when a cut lands is higher than the one the decision saw; a
    /// campaign read at 4.9 may be a 5.05 winner by the time the cut executes.
    /// </summary>
    public decimal WinnerMarginFraction { get; init; } = 0.10m;

    /// <summary>Platforms whose budget edits are stepped to protect their learning phase; a manager's approval overrides it.</summary>
    public IReadOnlyDictionary<Platform, LearningPhaseRule> LearningPhase { get; init; } = DefaultLearningPhase;

    /// <summary>Meta steps by 20% at least 48 h apart; one shared instance so default settings compare equal.</summary>
    public static IReadOnlyDictionary<Platform, LearningPhaseRule> DefaultLearningPhase { get; } = new Dictionary<Platform, LearningPhaseRule>
    {
        [Platform.MetaAds] = new(0.20m, TimeSpan.FromHours(48)),
    };

    /// <summary>Critical rule 5, with its margin: true when a campaign must not be cut.</summary>
    public bool IsProtectedWinner(decimal? roas7d) => roas7d is { } roas && roas > ProtectWinnersAboveRoas * (1m - WinnerMarginFraction);
}
