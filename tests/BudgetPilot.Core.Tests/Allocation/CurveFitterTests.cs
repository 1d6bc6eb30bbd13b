using BudgetPilot.Core.Allocation;

namespace BudgetPilot.Core.Tests.Allocation;

public sealed class CurveFitterTests
{
    private static readonly AllocatorSettings NoCarry = new() { Adstock = 0, HalfLifeDays = 365 };

    private static ObservedDay[] Observe(HillCurve truth, double[] spends, Random random, double noise)
    {
        var start = new DateOnly(2026, 1, 1);
        return [.. spends.Select((s, k) => new ObservedDay(start.AddDays(k), s, truth.Value(s) * (1 + (noise * ((2 * random.NextDouble()) - 1))), truth.Value(s) / 50, 1))];
    }

    private static double[] Spread(int count, double from, double to) =>
        [.. Enumerable.Range(0, count).Select(k => from + ((to - from) * ((k * 7) % count) / (count - 1)))];

    [Theory]
    [InlineData(1.0, 1000.0, 6000.0)]
    [InlineData(0.7, 600.0, 4000.0)]
    [InlineData(1.4, 1500.0, 9000.0)]
    public void RecoversAKnownConcaveCurveFromNoisyDays(double alpha, double kappa, double beta)
    {
        var truth = new HillCurve(alpha, kappa, beta);
        var days = Observe(truth, Spread(28, 300, 1800), new Random(7), noise: 0.04);

        var fit = CurveFitter.Fit(days, _ => 1, priorRoas: 2, valuePerConversion: 50, NoCarry);

        foreach (var s in new[] { 500.0, 1000.0, 1500.0 })
        {
            Assert.InRange(fit.Value(s), truth.Value(s) * 0.92, truth.Value(s) * 1.08);
            Assert.InRange(fit.Marginal(s), truth.Marginal(s) * 0.75, truth.Marginal(s) * 1.25);
        }
    }

    [Fact]
    public void TellsAnSCurveFromAConcaveOne()
    {
        var s = new HillCurve(2.5, 1000, 8000);
        var c = new HillCurve(0.7, 1000, 8000);
        var spends = Spread(28, 400, 1800);

        var sFit = CurveFitter.Fit(Observe(s, spends, new Random(3), 0.03), _ => 1, 2, 50, NoCarry);
        var cFit = CurveFitter.Fit(Observe(c, spends, new Random(3), 0.03), _ => 1, 2, 50, NoCarry);

        Assert.True(sFit.Mode.Alpha >= 1.9, $"S-curve read as α={sFit.Mode.Alpha}");
        Assert.True(cFit.Mode.Alpha <= 1.0, $"C-curve read as α={cFit.Mode.Alpha}");
    }

    [Fact]
    public void RecentDaysAreJudgedAtTheirExpectedCompletenessNotAsACollapse()
    {
        var truth = new HillCurve(1.0, 1000, 6000);
        var complete = Observe(truth, Spread(21, 400, 1600), new Random(11), 0.02);
        double[] reported = [0.4, 0.7, 0.9];
        var maturing = complete.Select((d, k) => k < complete.Length - 3 ? d : d with
        {
            Value = d.Value * reported[k - (complete.Length - 3)],
            Completeness = reported[k - (complete.Length - 3)],
        }).ToArray();
        var naive = maturing.Select(d => d with { Completeness = 1 }).ToArray();

        var full = CurveFitter.Fit(complete, _ => 1, 2, 50, NoCarry with { HalfLifeDays = 5 }).Value(1000);
        var aware = CurveFitter.Fit(maturing, _ => 1, 2, 50, NoCarry with { HalfLifeDays = 5 }).Value(1000);
        var unaware = CurveFitter.Fit(naive, _ => 1, 2, 50, NoCarry with { HalfLifeDays = 5 }).Value(1000);

        Assert.InRange(aware, full * 0.97, full * 1.03);
        Assert.True(unaware < full * 0.95, $"a fit that ignores the lag should read low: {unaware:0} vs {full:0}");
    }

    [Fact]
    public void ASparseCampaignIsShrunkTowardItsPlatform()
    {
        var lucky = new[] { new ObservedDay(new DateOnly(2026, 1, 1), 500, 3000, 10, 1) };

        var fit = CurveFitter.Fit(lucky, _ => 1, priorRoas: 2, valuePerConversion: 300, new AllocatorSettings());

        var roas = fit.Value(500) / 500;
        Assert.InRange(roas, 2.0, 4.0);
        Assert.True(roas < 6.0 && roas > 2.0, $"one lucky day at ROAS 6 should move a platform-2 prior part of the way: {roas:0.00}");
    }

    [Fact]
    public void ThompsonDrawsSpreadAroundThePosteriorMean()
    {
        var truth = new HillCurve(1.0, 1000, 6000);
        var fit = CurveFitter.Fit(Observe(truth, Spread(10, 500, 1200), new Random(5), 0.2), _ => 1, 2, 50, NoCarry);
        var random = new Random(1);

        var draws = Enumerable.Range(0, 2000).Select(_ => fit.Sample(random).Value(1000)).ToList();

        Assert.InRange(draws.Average(), fit.Value(1000) * 0.95, fit.Value(1000) * 1.05);
        Assert.True(draws.Max() > draws.Min() * 1.05, "draws should differ: the posterior is not a point");
    }
}
