namespace BudgetPilot.Simulation;

/// <summary>
/// Everything that defines a simulated market: the same spec always produces the bit-identical market.
/// The market's day is the UTC day, so <see cref="Start"/> must be a UTC midnight.
/// </summary>
public sealed record MarketSpec(
    ulong Seed,
    int CampaignCount,
    Scenario Scenario,
    DateTimeOffset Start,
    decimal TotalDailyBudget,
    string Currency)
{
    /// <summary>Days simulated before <see cref="Start"/> with the initial budgets, so policies find history.</summary>
    public int WarmupDays { get; init; } = 30;

    /// <summary>Length of the run after <see cref="Start"/>; places the change point and the cold starts.</summary>
    public int HorizonDays { get; init; } = 90;

    /// <summary>Share of the total budget left unallocated at the start.</summary>
    public double ReserveFraction { get; init; } = 0.04;

    public static MarketSpec Default(ulong seed, int campaignCount, Scenario scenario) =>
        new(seed, campaignCount, scenario, new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero), campaignCount * 500m, "USD");

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(CampaignCount, 1, nameof(CampaignCount));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(TotalDailyBudget, 0m, nameof(TotalDailyBudget));
        ArgumentOutOfRangeException.ThrowIfLessThan(WarmupDays, 14, nameof(WarmupDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(HorizonDays, 1, nameof(HorizonDays));
        if (Start.Offset != TimeSpan.Zero || Start.TimeOfDay != TimeSpan.Zero)
        {
            throw new ArgumentException($"Start {Start:O} must be a UTC midnight: the simulated market's day is the UTC day.", nameof(Start));
        }

        if (ReserveFraction is < 0 or >= 0.5)
        {
            throw new ArgumentException("ReserveFraction must be in [0, 0.5).", nameof(ReserveFraction));
        }
    }
}
