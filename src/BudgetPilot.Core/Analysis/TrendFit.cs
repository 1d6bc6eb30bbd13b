using MathNet.Numerics.Distributions;

namespace BudgetPilot.Core.Analysis;

/// <summary>
/// Ordinary least squares of a daily series on the day index, with a two-sided t-test on the slope
/// (n − 2 degrees of freedom). A trend is called only when the slope is significant at
/// <see cref="SignificanceLevel"/> and moves at least <see cref="MinRelativeSlopePerDay"/> of the mean a day:
/// a two-point comparison would call every wobble a trend.
/// </summary>
public sealed record TrendFit(TrendDirection Direction, double SlopePerDay, double RelativeSlopePerDay, double PValue, int Points)
{
    public const double SignificanceLevel = 0.10;
    public const double MinRelativeSlopePerDay = 0.02;

    public static TrendFit None { get; } = new(TrendDirection.Stable, 0, 0, 1, 0);

    public static TrendFit Of(IReadOnlyList<double> series)
    {
        var n = series.Count;
        if (n < 4)
        {
            return None with { Points = n };
        }

        double meanX = (n - 1) / 2.0, meanY = 0;
        for (var i = 0; i < n; i++)
        {
            meanY += series[i];
        }

        meanY /= n;
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (i - meanX) * (i - meanX);
            sxy += (i - meanX) * (series[i] - meanY);
        }

        var slope = sxy / sxx;
        double ssr = 0;
        for (var i = 0; i < n; i++)
        {
            var residual = series[i] - (meanY + (slope * (i - meanX)));
            ssr += residual * residual;
        }

        var standardError = Math.Sqrt(ssr / (n - 2) / sxx);
        var pValue = standardError > 1e-12
            ? 2 * (1 - StudentT.CDF(0, 1, n - 2, Math.Abs(slope / standardError)))
            : (Math.Abs(slope) > 1e-12 ? 0 : 1);
        var relative = Math.Abs(meanY) > 1e-12 ? slope / Math.Abs(meanY) : 0;
        var direction = pValue < SignificanceLevel && Math.Abs(relative) >= MinRelativeSlopePerDay
            ? (slope < 0 ? TrendDirection.Declining : TrendDirection.Rising)
            : TrendDirection.Stable;
        return new TrendFit(direction, slope, relative, pValue, n);
    }
}
