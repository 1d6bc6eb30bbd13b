namespace BudgetPilot.Simulation;

/// <summary>The simulated "now": whatever reads time through it sees the market's clock, never the wall clock.</summary>
public sealed class MarketClock(SimulatedMarket market) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => market.Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
