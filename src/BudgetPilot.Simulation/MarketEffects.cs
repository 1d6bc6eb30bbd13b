namespace BudgetPilot.Simulation;

/// <summary>The effects the market can switch on; a scenario is a named set of them.</summary>
[Flags]
public enum MarketEffects
{
    None = 0,
    DayOfWeek = 1,
    Fatigue = 2,
    PlatformShock = 4,
    ChangePoint = 8,
    DelayedConversions = 16,
    ColdStart = 32,

    /// <summary>Slow random walk of κ and β; only in the combined scenario so the others stay clean.</summary>
    Drift = 64,
    All = DayOfWeek | Fatigue | PlatformShock | ChangePoint | DelayedConversions | ColdStart | Drift,
}
