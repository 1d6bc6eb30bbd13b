namespace BudgetPilot.Simulation.Oracle;

/// <summary>
/// Solves one day's <see cref="AllocationProblem"/> for maximum true profit Σ(V − s).
/// Water-filling: one price for increases and one for decreases, each found by bisection so the moved
/// money stays within its cap, and an outer bisection on the total's multiplier λ. That is exact for
/// concave curves (equal marginal ROAS everywhere interior). S-curves make the per-campaign answer
/// jump, which can leave budget unused; a grid knapsack DP then spends that slack where it pays most.
/// </summary>
public static class DailyAllocator
{
    private const int Iterations = 40;

    public static double[] Solve(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var n = problem.Count;
        var baseline = new double[n];
        var priceCeiling = 1.0;
        for (var i = 0; i < n; i++)
        {
            baseline[i] = Math.Clamp(problem.Current[i], problem.Lower[i], Math.Max(problem.Lower[i], problem.Upper[i]));
            var curve = problem.Curves[i];
            priceCeiling = Math.Max(priceCeiling, Math.Max(curve.Marginal(problem.Lower[i]), curve.Marginal(curve.ConvexUntil)));
        }

        // A concave curve's marginal is unbounded at zero; no budget decision turns on a ROAS above this.
        priceCeiling = Math.Min((priceCeiling * 1.01) + 1, 1e6);
        var solver = new Lagrangian(problem, baseline);

        // Smallest increase price that keeps Σ increases within the cap; largest decrease price likewise.
        var upFloor = solver.Increases(1.0) <= problem.MaxMove
            ? 1.0
            : Bisect(1.0, priceCeiling, p => solver.Increases(p) <= problem.MaxMove, smallest: true);
        var downCeiling = solver.Decreases(priceCeiling) <= problem.MaxMove
            ? double.PositiveInfinity
            : Bisect(0.0, priceCeiling, p => solver.Decreases(p) <= problem.MaxMove, smallest: false);

        double Up(double lambda) => Math.Max(1 + lambda, upFloor);
        double Down(double lambda) => Math.Min(1 + lambda, downCeiling);
        var lambda = solver.Total(Up(0), Down(0)) <= problem.Total
            ? 0.0
            : Bisect(0.0, priceCeiling, l => solver.Total(Up(l), Down(l)) <= problem.Total, smallest: true);
        var budgets = solver.Choose(Up(lambda), Down(lambda));
        SlackKnapsack.Fill(problem, baseline, budgets);
        return budgets;
    }

    /// <summary>Bisection on a monotone predicate; returns a point where it holds.</summary>
    private static double Bisect(double low, double high, Func<double, bool> holds, bool smallest)
    {
        for (var k = 0; k < Iterations; k++)
        {
            var mid = 0.5 * (low + high);
            if (holds(mid) == smallest)
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return smallest ? high : low;
    }
}
