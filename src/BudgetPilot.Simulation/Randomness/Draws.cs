namespace BudgetPilot.Simulation.Randomness;

/// <summary>The distributions the market needs, drawn from a <see cref="Prng"/> without allocating.</summary>
public static class Draws
{
    public static double Normal(ref Prng rng)
    {
        // Box–Muller, one value per call: simpler than caching the twin and still deterministic.
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Log-normal with the given mean (not median), so that order values average to the AOV.</summary>
    public static double LogNormalWithMean(ref Prng rng, double mean, double sigma) =>
        mean * Math.Exp((sigma * Normal(ref rng)) - (0.5 * sigma * sigma));

    /// <summary>Gamma(shape, scale) by Marsaglia–Tsang.</summary>
    public static double Gamma(ref Prng rng, double shape, double scale)
    {
        if (shape < 1.0)
        {
            var u = rng.NextDouble();
            return Gamma(ref rng, shape + 1.0, scale) * Math.Pow(u, 1.0 / shape);
        }

        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x;
            double v;
            do
            {
                x = Normal(ref rng);
                v = 1.0 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = rng.NextDouble();
            if (u < 1.0 - (0.0331 * x * x * x * x) || Math.Log(u) < (0.5 * x * x) + (d * (1.0 - v + Math.Log(v))))
            {
                return d * v * scale;
            }
        }
    }

    /// <summary>Poisson: inversion for small means, a rounded normal for large ones (error irrelevant at that size).</summary>
    public static long Poisson(ref Prng rng, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 40)
        {
            return Math.Max(0L, (long)Math.Round(mean + (Math.Sqrt(mean) * Normal(ref rng))));
        }

        var limit = Math.Exp(-mean);
        var product = rng.NextDouble();
        long count = 0;
        while (product > limit)
        {
            product *= rng.NextDouble();
            count++;
        }

        return count;
    }

    /// <summary>Negative binomial as a gamma–Poisson mixture: mean <paramref name="mean"/>, variance mean + mean²/dispersion.</summary>
    public static long NegativeBinomial(ref Prng rng, double mean, double dispersion) =>
        mean <= 0 ? 0 : Poisson(ref rng, Gamma(ref rng, dispersion, mean / dispersion));
}
