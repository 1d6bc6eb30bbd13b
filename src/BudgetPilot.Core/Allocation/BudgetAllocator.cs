namespace BudgetPilot.Core.Allocation;

/// <summary>
/// Equal marginal ROAS under the day's limits. Each campaign takes the budget on its grid that maximises
/// V(s) − λ·s − μ·|s − current|: λ ≥ 1 is the price of a dollar of the total (1 = a dollar of profit),
/// μ ≥ hysteresis the price of moving one. On a concave curve that is water-filling (the budget where the
/// marginal ROAS crosses λ ± μ); on an S-curve the grid's global maximum is a knapsack choice that jumps
/// past the convex start instead of stalling in it. λ is bisected so the total fits, μ so the money moved
/// fits its cap. O(campaigns × grid × iterations), no allocation per iteration.
/// </summary>
public static class BudgetAllocator
{
    private const int Iterations = 28;

    public static double[] Solve(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var n = problem.Count;
        var chosen = new int[n];
        var ceiling = 1.0;
        for (var i = 0; i < n; i++)
        {
            var s = problem.Spends[i];
            var v = problem.Values[i];
            for (var k = 1; k < s.Length; k++)
            {
                var slope = (v[k] - v[k - 1]) / Math.Max(s[k] - s[k - 1], 1e-9);
                ceiling = Math.Max(ceiling, slope);
            }
        }

        ceiling = Math.Min((ceiling * 1.01) + 1, 1e6);
        var mu = problem.Hysteresis;
        var lambda = SolveTotal(problem, mu, ceiling, chosen, out var moved);
        if (moved > problem.MaxMove)
        {
            // The smallest movement price that keeps the money moved within the cap.
            double low = mu, high = ceiling;
            for (var k = 0; k < Iterations; k++)
            {
                var mid = 0.5 * (low + high);
                SolveTotal(problem, mid, ceiling, chosen, out moved);
                if (moved > problem.MaxMove)
                {
                    low = mid;
                }
                else
                {
                    high = mid;
                }
            }

            mu = high;
            lambda = SolveTotal(problem, mu, ceiling, chosen, out moved);
        }

        _ = lambda;
        FillSlack(problem, chosen, mu);
        var budgets = new double[n];
        for (var i = 0; i < n; i++)
        {
            budgets[i] = problem.Spends[i][chosen[i]];
        }

        return budgets;
    }

    /// <summary>
    /// S-curves make a campaign's choice jump as λ moves, so the λ that fits the total can leave budget
    /// unspent (two equal S-curves both drop to zero at the same price). A greedy knapsack then spends the
    /// slack: repeatedly the single grid step up with the best profit gain that still fits the total and the
    /// move cap, until none gains. Bounded passes keep it linear in the portfolio.
    /// </summary>
    private static void FillSlack(AllocationProblem problem, int[] chosen, double mu)
    {
        const int MaxPicks = 64;
        var n = chosen.Length;
        double sum = 0, up = 0, down = 0;
        for (var i = 0; i < n; i++)
        {
            var b = problem.Spends[i][chosen[i]];
            sum += b;
            up += Math.Max(0, b - problem.Current[i]);
            down += Math.Max(0, problem.Current[i] - b);
        }

        for (var pick = 0; pick < MaxPicks; pick++)
        {
            var slack = problem.Total - sum;
            if (!(slack > 1e-9))
            {
                return;
            }

            int bestI = -1, bestK = -1;
            double bestGain = 1e-9;
            for (var i = 0; i < n; i++)
            {
                var s = problem.Spends[i];
                var v = problem.Values[i];
                var c = chosen[i];
                var current = problem.Current[i];
                for (var k = c + 1; k < s.Length && s[k] - s[c] <= slack; k++)
                {
                    var newUp = up - Math.Max(0, s[c] - current) + Math.Max(0, s[k] - current);
                    var newDown = down - Math.Max(0, current - s[c]) + Math.Max(0, current - s[k]);
                    if (Math.Max(newUp, newDown) > problem.MaxMove && Math.Max(newUp, newDown) > Math.Max(up, down))
                    {
                        break;
                    }

                    var gain = v[k] - v[c] - (s[k] - s[c]) - (mu * (Math.Abs(s[k] - current) - Math.Abs(s[c] - current)));
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        bestI = i;
                        bestK = k;
                    }
                }
            }

            if (bestI < 0)
            {
                return;
            }

            var sp = problem.Spends[bestI];
            var cur = problem.Current[bestI];
            var from = sp[chosen[bestI]];
            var to = sp[bestK];
            sum += to - from;
            up += Math.Max(0, to - cur) - Math.Max(0, from - cur);
            down += Math.Max(0, cur - to) - Math.Max(0, cur - from);
            chosen[bestI] = bestK;
        }
    }

    /// <summary>The smallest λ ≥ 1 whose choices fit the total; leaves those choices in <paramref name="chosen"/>.</summary>
    private static double SolveTotal(AllocationProblem problem, double mu, double ceiling, int[] chosen, out double moved)
    {
        var sum = Choose(problem, 1, mu, chosen, out moved);
        if (sum <= problem.Total)
        {
            return 1;
        }

        double low = 1, high = ceiling;
        for (var k = 0; k < Iterations; k++)
        {
            var mid = 0.5 * (low + high);
            if (Choose(problem, mid, mu, chosen, out _) > problem.Total)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        Choose(problem, high, mu, chosen, out moved);
        return high;
    }

    private static double Choose(AllocationProblem problem, double lambda, double mu, int[] chosen, out double moved)
    {
        double sum = 0, up = 0, down = 0;
        for (var i = 0; i < chosen.Length; i++)
        {
            var s = problem.Spends[i];
            var v = problem.Values[i];
            var current = problem.Current[i];
            var best = Array.IndexOf(s, current);
            if (best < 0)
            {
                best = 0;
            }

            var bestGain = v[best] - (lambda * s[best]) - (mu * Math.Abs(s[best] - current));
            for (var k = 0; k < s.Length; k++)
            {
                var gain = v[k] - (lambda * s[k]) - (mu * Math.Abs(s[k] - current));
                if (gain > bestGain + 1e-12)
                {
                    best = k;
                    bestGain = gain;
                }
            }

            chosen[i] = best;
            var b = s[best];
            sum += b;
            if (b > current)
            {
                up += b - current;
            }
            else
            {
                down += current - b;
            }
        }

        moved = Math.Max(up, down);
        return sum;
    }
}
