namespace BudgetPilot.Simulation.Tests;

internal static class Markets
{
    public static MarketSpec Spec(ulong seed, Scenario scenario, int campaigns = 16, int horizonDays = 30) =>
        MarketSpec.Default(seed, campaigns, scenario) with { HorizonDays = horizonDays };

    public static SimulatedMarket Create(ulong seed, Scenario scenario, int campaigns = 16, int horizonDays = 30) =>
        new(Spec(seed, scenario, campaigns, horizonDays));

    public static void AdvanceDays(this SimulatedMarket market, double days) => market.AdvanceTo(market.Now.AddDays(days));
}
