using BudgetPilot.Simulation.Constraints;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>
/// Moves every campaign live at the start to an equal share of the initially allocated total. It walks
/// there within the constraints (each midnight as far as the caps allow) rather than breaking them.
/// Campaigns launched later keep their own budget.
/// </summary>
public sealed class UniformPolicy : IMarketPolicy
{
    private double[]? targets;

    public string Name => "uniform";

    public ValueTask OnTickAsync(SimulatedMarket market, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (market.TickOfDay != 0)
        {
            return ValueTask.CompletedTask;
        }

        targets ??= EqualSplit(market);
        var limits = new ConstraintLimits(market.TotalDailyBudget);
        var wanted = new double[market.CampaignCount];
        for (var i = 0; i < wanted.Length; i++)
        {
            wanted[i] = i < targets.Length && targets[i] >= 0 ? targets[i] : (double)market.Campaign(i).DailyBudget;
        }

        BudgetWriter.Write(market, BudgetWriter.Feasible(market, wanted, limits));
        return ValueTask.CompletedTask;
    }

    private static double[] EqualSplit(SimulatedMarket market)
    {
        var live = Enumerable.Range(0, market.CampaignCount).Where(i => market.IsLaunched(i) && market.Campaign(i).IsActive).ToArray();
        var share = (double)market.ActiveBudgetTotal / Math.Max(1, live.Length);
        var result = Enumerable.Repeat(-1.0, market.CampaignCount).ToArray();
        foreach (var i in live)
        {
            result[i] = share;
        }

        return result;
    }
}
