namespace BudgetPilot.Core.Allocation;

/// <summary>
/// Fits a campaign's response curve to its observed days, Bayesian on a grid: for every Hill shape
/// (α, κ relative to the campaign's usual spend) the level β has a conjugate Gaussian posterior whose
/// prior centre is the platform's return (shrinkage: a new or sparse campaign looks like its platform
/// until its own data says otherwise); the shapes are then weighted by their marginal likelihood.
/// Days are weighted by recency and by how complete their conversions are, so yesterday's half-reported
/// value counts as half a day's evidence at its expected completeness, never as a collapse.
/// </summary>
public static class CurveFitter
{
    public static readonly double[] Alphas = [0.7, 1.0, 1.4, 1.9, 2.5];

    /// <summary>κ as a multiple of the campaign's usual (adstocked) spend: saturation from well past to well before it.</summary>
    public static readonly double[] KappaRatios = [0.5, 0.8, 1.25, 2.0, 3.2];

    /// <param name="days">The campaign's days in date order.</param>
    /// <param name="dayWeight">Multiplier of each day's expected value (day of week); 1 when unknown.</param>
    /// <param name="priorRoas">The platform's average return, the prior centre of this campaign's ROAS at its usual spend.</param>
    /// <param name="valuePerConversion">Noise scale: the variance of a day's value is about this times the value.</param>
    public static CurvePosterior Fit(
        ReadOnlySpan<ObservedDay> days,
        Func<DateOnly, double> dayWeight,
        double priorRoas,
        double valuePerConversion,
        AllocatorSettings settings,
        double referenceSpend = 0)
    {
        ArgumentNullException.ThrowIfNull(dayWeight);
        ArgumentNullException.ThrowIfNull(settings);
        var theta = settings.Adstock;
        var n = days.Length;
        var last = n > 0 ? days[n - 1].Date : default;

        // Adstock and the per-day weights do not depend on the shape: computed once.
        Span<double> effective = n <= 128 ? stackalloc double[n] : new double[n];
        Span<double> precision = n <= 128 ? stackalloc double[n] : new double[n];
        Span<double> scale = n <= 128 ? stackalloc double[n] : new double[n];
        double carried = 0, spendSum = 0, spendWeight = 0, valueSum = 0, completeSum = 0;
        for (var d = 0; d < n; d++)
        {
            var day = days[d];
            carried = d == 0 ? day.Spend / (1 - theta) : day.Spend + (theta * carried);
            effective[d] = carried;
            var recency = Math.Pow(0.5, (last.DayNumber - day.Date.DayNumber) / settings.HalfLifeDays);
            spendSum += recency * day.Spend;
            spendWeight += recency;
            valueSum += recency * day.Value;
            completeSum += recency * Math.Max(day.Completeness, 0.05);
            scale[d] = Math.Max(day.Completeness, 0.05) * dayWeight(day.Date);
            precision[d] = recency;
        }

        var usual = referenceSpend > 0 ? referenceSpend : spendWeight > 0 ? spendSum / spendWeight : 0;
        if (usual <= 0)
        {
            usual = 1;
        }

        // Compound-Poisson noise: a day's value varies about (value per conversion) × (its value), overdispersed.
        var typical = completeSum > 0 ? Math.Max(valueSum / completeSum, valuePerConversion) : valuePerConversion;
        var dispersion = 2.0 * Math.Max(valuePerConversion, 1e-6);
        for (var d = 0; d < n; d++)
        {
            var expected = Math.Max(days[d].Completeness, 0.05) * typical;
            precision[d] /= dispersion * Math.Max(expected, 1e-6);
        }

        var count = Alphas.Length * KappaRatios.Length;
        var shapes = new HillCurve[count];
        var sds = new double[count];
        var logs = new double[count];
        var usualEffective = usual / (1 - theta);
        var index = 0;
        foreach (var alpha in Alphas)
        {
            foreach (var ratio in KappaRatios)
            {
                var kappa = ratio * usualEffective;
                var shape = new HillCurve(alpha, kappa, 1, theta);
                var prior = Math.Max(priorRoas, 0.01) * usual / shape.Saturation(usualEffective);
                var tau = settings.PriorSpread * prior;
                double sxx = 0, sxy = 0, syy = 0;
                for (var d = 0; d < n; d++)
                {
                    var x = scale[d] * shape.Saturation(effective[d]);
                    var y = days[d].Value;
                    sxx += precision[d] * x * x;
                    sxy += precision[d] * x * y;
                    syy += precision[d] * y * y;
                }

                var p = sxx + (1 / (tau * tau));
                var mean = (sxy + (prior / (tau * tau))) / p;
                logs[index] = (-0.5 * (syy - (mean * mean * p) + (prior * prior / (tau * tau)))) - (0.5 * Math.Log(p * tau * tau)) + LogPrior(alpha, ratio);
                shapes[index] = shape with { Beta = Math.Max(mean, prior * 0.02) };
                sds[index] = 1 / Math.Sqrt(p);
                index++;
            }
        }

        var max = logs.Max();
        var weights = new double[count];
        double total = 0;
        for (var k = 0; k < count; k++)
        {
            weights[k] = Math.Exp(logs[k] - max);
            total += weights[k];
        }

        // Shapes with negligible weight are dropped: evaluating them is most of the allocation's cost.
        var kept = new List<int>(count);
        for (var k = 0; k < count; k++)
        {
            weights[k] /= total;
            if (weights[k] >= 1e-3)
            {
                kept.Add(k);
            }
        }

        var keptTotal = kept.Sum(k => weights[k]);
        return new CurvePosterior(
            [.. kept.Select(k => shapes[k])],
            [.. kept.Select(k => sds[k])],
            [.. kept.Select(k => weights[k] / keptTotal)]);
    }

    /// <summary>Mildly favours moderate shapes: most campaigns run near, not far past or far before, saturation.</summary>
    private static double LogPrior(double alpha, double ratio) =>
        (-0.5 * Math.Pow(Math.Log(alpha / 1.2) / 0.5, 2)) - (0.5 * Math.Pow(Math.Log(ratio / 1.2) / 0.7, 2));
}
