namespace BudgetPilot.Simulation;

/// <summary>A named market setting from BENCHMARK.md §1. Observation noise is on in every scenario.</summary>
public sealed record Scenario(string Name, MarketEffects Effects)
{
    public static Scenario Stationary { get; } = new("stationary", MarketEffects.None);

    public static Scenario DayOfWeek { get; } = new("day_of_week", MarketEffects.DayOfWeek);

    public static Scenario Fatigue { get; } = new("fatigue", MarketEffects.Fatigue);

    public static Scenario PlatformShock { get; } = new("platform_shock", MarketEffects.PlatformShock);

    public static Scenario ChangePoint { get; } = new("change_point", MarketEffects.ChangePoint);

    public static Scenario DelayedConversions { get; } = new("delayed_conversions", MarketEffects.DelayedConversions);

    public static Scenario ColdStart { get; } = new("cold_start", MarketEffects.ColdStart);

    public static Scenario AllCombined { get; } = new("all_combined", MarketEffects.All);

    public static IReadOnlyList<Scenario> All { get; } =
        [Stationary, DayOfWeek, Fatigue, PlatformShock, ChangePoint, DelayedConversions, ColdStart, AllCombined];

    public bool Has(MarketEffects effect) => (Effects & effect) == effect;

    public static Scenario Parse(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new FormatException($"'{name}' is not a scenario ({string.Join(", ", All.Select(s => s.Name))}).");

    public override string ToString() => Name;
}
