using BudgetPilot.Simulation.Curves;

namespace BudgetPilot.Simulation.Oracle;

/// <summary>
/// The per-campaign step of water-filling: the budget that maximises V(s) − ν·s on an interval, where
/// ν is the price of a unit of budget (1 + the Lagrange multipliers). On a concave stretch that is the
/// point of marginal ROAS ν; an S-curve's convex start is handled by also comparing the interval's ends.
/// </summary>
public static class WaterFilling
{
    private const int Iterations = 36;

    public static double ArgMax(in TrueCurve curve, double low, double high, double price)
    {
        if (high <= low)
        {
            return low;
        }

        var best = low;
        var bestGain = Gain(curve, low, price);
        Consider(curve, high, price, ref best, ref bestGain);
        var concaveFrom = Math.Max(low, curve.ConvexUntil);
        if (concaveFrom < high)
        {
            Consider(curve, concaveFrom, price, ref best, ref bestGain);
            if (curve.Marginal(concaveFrom) > price && curve.Marginal(high) < price)
            {
                Consider(curve, Root(curve, concaveFrom, high, price), price, ref best, ref bestGain);
            }
        }

        return best;
    }

    /// <summary>The budget in [low, high] where the (decreasing) marginal ROAS crosses <paramref name="price"/>.</summary>
    public static double Root(in TrueCurve curve, double low, double high, double price)
    {
        for (var k = 0; k < Iterations; k++)
        {
            var mid = 0.5 * (low + high);
            if (curve.Marginal(mid) > price)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return 0.5 * (low + high);
    }

    private static double Gain(in TrueCurve curve, double budget, double price) => curve.Value(budget) - (price * budget);

    private static void Consider(in TrueCurve curve, double budget, double price, ref double best, ref double bestGain)
    {
        var gain = Gain(curve, budget, price);
        if (gain > bestGain)
        {
            best = budget;
            bestGain = gain;
        }
    }
}
