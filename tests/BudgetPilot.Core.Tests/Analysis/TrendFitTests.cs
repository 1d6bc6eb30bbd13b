using BudgetPilot.Core.Analysis;

namespace BudgetPilot.Core.Tests.Analysis;

public sealed class TrendFitTests
{
    [Fact]
    public void Of_ClearlyDecliningSevenDays_IsDecliningWithPBelowTenPercent()
    {
        var fit = TrendFit.Of([3.2, 3.0, 3.1, 2.7, 2.6, 2.4, 2.3]);

        Assert.Equal(TrendDirection.Declining, fit.Direction);
        Assert.True(fit.PValue < 0.10, $"p = {fit.PValue}");
        Assert.True(fit.SlopePerDay < 0);
    }

    [Fact]
    public void Of_KnownSeries_MatchesOrdinaryLeastSquaresByHand()
    {
        // x = 0..4, y = 1, 3, 2, 5, 4: slope 0.8, residuals -0.4, 0.8, -1.0, 1.2, -0.6 → SSR 3.6,
        // SE = sqrt(3.6 / 3 / 10) = 0.3464, t = 2.3094 on 3 df → p = 0.1041 (two-sided).
        var fit = TrendFit.Of([1, 3, 2, 5, 4]);

        Assert.Equal(0.8, fit.SlopePerDay, 10);
        Assert.Equal(0.8 / 3, fit.RelativeSlopePerDay, 10);
        Assert.Equal(0.1041, fit.PValue, 3);
        Assert.Equal(TrendDirection.Stable, fit.Direction);
    }

    [Fact]
    public void Of_FlatNoisySeries_IsStable()
    {
        var fit = TrendFit.Of([2.5, 2.8, 2.3, 2.7, 2.4, 2.6, 2.5]);

        Assert.Equal(TrendDirection.Stable, fit.Direction);
        Assert.True(fit.PValue >= 0.10, $"p = {fit.PValue}");
    }

    [Fact]
    public void Of_SteadilyRising_IsRising()
    {
        Assert.Equal(TrendDirection.Rising, TrendFit.Of([4.0, 4.2, 4.3, 4.6, 4.7, 5.0, 5.1]).Direction);
    }

    [Fact]
    public void Of_SignificantButTinySlope_IsStable()
    {
        // Perfectly linear (p = 0) but 0.5% of the mean a day: below the 2% a day a trend needs.
        var fit = TrendFit.Of([3.00, 2.99, 2.98, 2.97, 2.96, 2.95, 2.94]);

        Assert.Equal(0, fit.PValue);
        Assert.Equal(TrendDirection.Stable, fit.Direction);
    }

    [Fact]
    public void Of_FewerThanFourPoints_IsStableWithThatManyPoints()
    {
        var fit = TrendFit.Of([3.0, 2.0, 1.0]);

        Assert.Equal(TrendDirection.Stable, fit.Direction);
        Assert.Equal(3, fit.Points);
    }

    [Fact]
    public void Of_ConstantSeries_IsStableWithPOne()
    {
        var fit = TrendFit.Of([3, 3, 3, 3, 3]);

        Assert.Equal(TrendDirection.Stable, fit.Direction);
        Assert.Equal(1, fit.PValue);
    }
}
