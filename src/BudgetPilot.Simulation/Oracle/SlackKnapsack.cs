namespace BudgetPilot.Simulation.Oracle;

/// <summary>
/// Spends budget the multipliers left unused (S-curves jump past it) by a knapsack DP on a grid of
/// <see cref="Cells"/> equal slices: each campaign may take any number of slices up to its upper bound.
/// </summary>
internal static class SlackKnapsack
{
    public const int Cells = 64;

    public static void Fill(AllocationProblem problem, double[] baseline, double[] budgets)
    {
        var n = problem.Count;
        double total = 0, increases = 0;
        for (var i = 0; i < n; i++)
        {
            total += budgets[i];
            increases += Math.Max(0, budgets[i] - baseline[i]);
        }

        var capacity = Math.Min(problem.Total - total, problem.MaxMove - increases);
        if (!(capacity > 1e-6 * Math.Max(1, problem.Total)))
        {
            return;
        }

        var slice = capacity / Cells;
        var best = new double[Cells + 1];
        var take = new int[n, Cells + 1];
        var next = new double[Cells + 1];
        var gains = new double[Cells + 1];
        for (var i = 0; i < n; i++)
        {
            var curve = problem.Curves[i];
            var room = budgets[i] >= baseline[i] ? (int)Math.Min(Cells, Math.Floor((problem.Upper[i] - budgets[i]) / slice)) : 0;
            var start = curve.Profit(budgets[i]);
            for (var k = 1; k <= room; k++)
            {
                gains[k] = curve.Profit(budgets[i] + (k * slice)) - start;
            }

            Array.Copy(best, next, best.Length);
            for (var g = 1; g <= Cells; g++)
            {
                for (var k = 1; k <= Math.Min(room, g); k++)
                {
                    var candidate = best[g - k] + gains[k];
                    if (candidate > next[g] + 1e-12)
                    {
                        next[g] = candidate;
                        take[i, g] = k;
                    }
                }
            }

            Array.Copy(next, best, best.Length);
        }

        var cell = Array.IndexOf(best, best.Max());
        for (var i = n - 1; i >= 0 && cell > 0; i--)
        {
            var k = take[i, cell];
            budgets[i] += k * slice;
            cell -= k;
        }
    }
}
