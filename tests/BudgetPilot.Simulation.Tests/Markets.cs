using BudgetPilot.Simulation.Constraints;

namespace BudgetPilot.Simulation.Tests;

internal static class Markets
{
    public static MarketSpec Spec(ulong seed, Scenario scenario, int campaigns = 16, int horizonDays = 30) =>
        MarketSpec.Default(seed, campaigns, scenario) with { HorizonDays = horizonDays };

    public static SimulatedMarket Create(ulong seed, Scenario scenario, int campaigns = 16, int horizonDays = 30) =>
        new(Spec(seed, scenario, campaigns, horizonDays));

    public static void AdvanceDays(this SimulatedMarket market, double days) => market.AdvanceTo(market.Now.AddDays(days));

    /// <summary>The market's own checker finds no violation in its change log; the message lists any it does.</summary>
    public static void AssertKeepsEveryConstraint(this SimulatedMarket market)
    {
        var violations = ConstraintChecker.Check(market.Changes, new ConstraintLimits(market.Spec.TotalDailyBudget));
        Assert.True(violations.Count == 0, string.Join("; ", violations.Select(v => $"{v.At:O} {v.Campaign} {v.Kind} {v.Detail}")));
    }
}
