namespace BudgetPilot.Core.Allocation;

/// <summary>
/// A campaign's fitted response curve with its uncertainty: a mixture over a grid of Hill shapes
/// (α, κ), each with a Gaussian posterior on its level β. <see cref="Value"/> and
/// <see cref="Marginal"/> are posterior means; <see cref="Sample"/> draws one curve (Thompson sampling).
/// </summary>
public sealed class CurvePosterior
{
    private readonly HillCurve[] shapes;
    private readonly double[] betaSd;
    private readonly double[] weights;

    public CurvePosterior(HillCurve[] shapes, double[] betaSd, double[] weights, double scale = 1)
    {
        this.shapes = shapes;
        this.betaSd = betaSd;
        this.weights = weights;
        Scale = scale;
    }

    /// <summary>Today's multiplier on every shape (day-of-week); 1 on an average day.</summary>
    public double Scale { get; }

    public int Components => shapes.Length;

    public CurvePosterior WithScale(double scale) => new(shapes, betaSd, weights, scale);

    public double Value(double spend)
    {
        double v = 0;
        for (var k = 0; k < shapes.Length; k++)
        {
            v += weights[k] * shapes[k].Value(spend);
        }

        return v * Scale;
    }

    public double Marginal(double spend)
    {
        double m = 0;
        for (var k = 0; k < shapes.Length; k++)
        {
            m += weights[k] * shapes[k].Marginal(spend);
        }

        return m * Scale;
    }

    /// <summary>Posterior mean and standard deviation of the value gained by moving from one daily spend to another.</summary>
    public (double Mean, double Sd) Change(double from, double to)
    {
        double mean = 0, second = 0;
        for (var k = 0; k < shapes.Length; k++)
        {
            var s = shapes[k];
            var unit = s.Beta > 0 ? (s.Value(to) - s.Value(from)) / s.Beta : 0;
            var m = s.Beta * unit;
            var sd = betaSd[k] * unit;
            mean += weights[k] * m;
            second += weights[k] * ((sd * sd) + (m * m));
        }

        return (mean * Scale, Math.Sqrt(Math.Max(0, second - (mean * mean))) * Scale);
    }

    /// <summary>Posterior mean and standard deviation of the marginal ROAS at a daily spend.</summary>
    public (double Mean, double Sd) MarginalWithSd(double spend)
    {
        double mean = 0, second = 0;
        for (var k = 0; k < shapes.Length; k++)
        {
            var s = shapes[k];
            var m = s.Marginal(spend);
            var sd = s.Beta > 0 ? betaSd[k] * m / s.Beta : 0;
            mean += weights[k] * m;
            second += weights[k] * ((sd * sd) + (m * m));
        }

        return (mean * Scale, Math.Sqrt(Math.Max(0, second - (mean * mean))) * Scale);
    }

    /// <summary>One draw from the posterior: a shape by its weight, then a level from its Gaussian (kept positive).</summary>
    public HillCurve Sample(Random random)
    {
        var u = random.NextDouble();
        var k = 0;
        for (; k < shapes.Length - 1; k++)
        {
            u -= weights[k];
            if (u <= 0)
            {
                break;
            }
        }

        var s = shapes[k];
        var beta = Math.Max(s.Beta * 0.05, s.Beta + (betaSd[k] * Gaussian(random)));
        return s with { Beta = beta * Scale };
    }

    /// <summary>The most probable shape, for explanations.</summary>
    public HillCurve Mode
    {
        get
        {
            var best = 0;
            for (var k = 1; k < shapes.Length; k++)
            {
                if (weights[k] > weights[best])
                {
                    best = k;
                }
            }

            return shapes[best] with { Beta = shapes[best].Beta * Scale };
        }
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
