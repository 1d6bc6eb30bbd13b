using MathNet.Numerics.Distributions;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>A mean over seeds with its 95% t-interval.</summary>
public sealed record Estimate(double Mean, double Low, double High, int Count)
{
    public static Estimate Of(IEnumerable<double> values)
    {
        var xs = values.Where(double.IsFinite).ToArray();
        if (xs.Length == 0)
        {
            return new Estimate(double.NaN, double.NaN, double.NaN, 0);
        }

        var mean = xs.Average();
        if (xs.Length == 1)
        {
            return new Estimate(mean, mean, mean, 1);
        }

        var sd = Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Length - 1));
        var half = StudentT.InvCDF(0, 1, xs.Length - 1, 0.975) * sd / Math.Sqrt(xs.Length);
        return new Estimate(mean, mean - half, mean + half, xs.Length);
    }
}
