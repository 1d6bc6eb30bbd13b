using BudgetPilot.Simulation.Constraints;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>Writes a set of daily budgets to the market: cuts first, so the total never overshoots mid-way.</summary>
internal static class BudgetWriter
{
    /// <summary>Slack a planner keeps per campaign on each cap, so rounding to cents cannot break it.</summary>
    public const double CentsPerCampaign = 0.01;

    public static void Write(SimulatedMarket market, double[] targets)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < targets.Length && i < market.CampaignCount; i++)
            {
                if (!market.IsLaunched(i) || !market.Campaign(i).IsActive)
                {
                    continue;
                }

                var current = market.Campaign(i).DailyBudget;
                // Always round down to the cent: raises stay within the plan, and the total never grows;
                // a cut may move up to a cent more, which the planners leave room for (CentsPerCampaign).
                var target = decimal.Floor((decimal)targets[i] * 100m) / 100m;
                var cutting = target < current;
                if (target != current && cutting == (pass == 0))
                {
                    market.SetBudget(i, target);
                }
            }
        }
    }

    /// <summary>Clamps wishes to the per-campaign rules, then scales the day's moves down to the caps.</summary>
    public static double[] Feasible(SimulatedMarket market, double[] wanted, ConstraintLimits limits)
    {
        var n = wanted.Length;
        var result = new double[n];
        double up = 0, down = 0, total = 0;
        for (var i = 0; i < n; i++)
        {
            var current = market.IsLaunched(i) && market.Campaign(i).IsActive ? (double)market.Campaign(i).DailyBudget : 0;
            var floor = market.ObservedRoas7d(i) > limits.ProtectWinnersAboveRoas ? current : 0;
            result[i] = Math.Clamp(wanted[i], floor, Math.Max(floor, current * (1 + (double)limits.MaxIncreaseFraction)));
            up += Math.Max(0, result[i] - current);
            down += Math.Max(0, current - result[i]);
            total += current;
        }

        var cap = (double)limits.MaxReallocationPerDay - (CentsPerCampaign * n);
        var downScale = down > cap ? cap / down : 1;
        var room = (double)(limits.TotalDailyBudget - market.PendingLaunchBudget) - (CentsPerCampaign * n) - total + (down * downScale);
        var upScale = up > 0 ? Math.Min(1, Math.Min(cap, Math.Max(0, room)) / up) : 1;
        for (var i = 0; i < n; i++)
        {
            var current = market.IsLaunched(i) && market.Campaign(i).IsActive ? (double)market.Campaign(i).DailyBudget : 0;
            var delta = result[i] - current;
            result[i] = current + (delta * (delta > 0 ? upScale : downScale) * (1 - 1e-9));
        }

        return result;
    }
}
