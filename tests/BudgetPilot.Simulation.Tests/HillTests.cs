using BudgetPilot.Simulation.Curves;
using BudgetPilot.Simulation.Oracle;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPilot.Simulation.Tests;

public sealed class HillTests
{
    [Theory]
    [InlineData(0.7)]
    [InlineData(1.0)]
    public void Value_AlphaAtMostOne_ConcaveEverywhere(double alpha)
    {
        for (var x = 1.0; x < 2000; x += 25)
        {
            var second = Hill.Value(x + 1, 300, alpha) - (2 * Hill.Value(x, 300, alpha)) + Hill.Value(x - 1, 300, alpha);
            Assert.True(second <= 1e-12, $"convex at {x}");
        }
    }

    [Fact]
    public void Value_AlphaAboveOne_ConvexThenConcaveAroundInflection()
    {
        const double kappa = 300, alpha = 2.5;
        var inflection = Hill.Inflection(kappa, alpha);
        double Second(double x) => Hill.Value(x + 1, kappa, alpha) - (2 * Hill.Value(x, kappa, alpha)) + Hill.Value(x - 1, kappa, alpha);

        Assert.InRange(inflection, 1, kappa);
        Assert.True(Second(inflection * 0.5) > 0);
        Assert.True(Second(inflection * 1.5) < 0);
        Assert.Equal(0.5, Hill.Value(kappa, kappa, alpha), 12);
        Assert.Equal((Hill.Value(400.001, kappa, alpha) - Hill.Value(399.999, kappa, alpha)) / 0.002, Hill.Derivative(400, kappa, alpha), 1e-6);
    }

    [Property(MaxTest = 200)]
    public Property ArgMax_AnyCurve_BeatsEveryGridPointWithinBounds(PositiveInt seed)
    {
        var rng = new Randomness.Prng((ulong)seed.Get);
        var curve = new TrueCurve(rng.Uniform(100, 5000), rng.Uniform(50, 800), rng.Uniform(0.7, 2.5), rng.Uniform(0, 100), rng.Uniform(200, 2000));
        var low = rng.Uniform(0, 300);
        var high = low + rng.Uniform(0, 1500);
        var price = rng.Uniform(0.5, 4);

        var best = WaterFilling.ArgMax(curve, low, high, price);
        var gain = curve.Value(best) - (price * best);
        var grid = Enumerable.Range(0, 201).Select(k => low + ((high - low) * k / 200.0));

        return (best >= low && best <= high && grid.All(s => curve.Value(s) - (price * s) <= gain + (1e-6 * Math.Abs(gain)) + 1e-6)).ToProperty();
    }
}
