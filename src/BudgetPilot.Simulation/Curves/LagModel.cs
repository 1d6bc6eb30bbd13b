namespace BudgetPilot.Simulation.Curves;

/// <summary>
/// Conversion lag as a few discrete delays after the end of the click hour: 35% within 1 h, 50% within
/// 24 h, the rest over 3 to 10 days. Discrete buckets let the market keep a small ring per campaign
/// instead of one record per conversion.
/// </summary>
public sealed class LagModel
{
    private static readonly int[] DelayedMinutes = [0, 60, 240, 1440, 4320, 10080, 14400];
    private static readonly double[] DelayedShares = [0.20, 0.15, 0.08, 0.07, 0.22, 0.18, 0.10];

    private readonly double[] cumulative;

    private LagModel(int[] delayMinutes, double[] shares)
    {
        DelayMinutes = delayMinutes;
        cumulative = new double[shares.Length];
        var sum = 0.0;
        for (var k = 0; k < shares.Length; k++)
        {
            sum += shares[k];
            cumulative[k] = sum;
        }
    }

    public static LagModel Delayed { get; } = new(DelayedMinutes, DelayedShares);

    /// <summary>Every conversion is reported as soon as its click hour ends.</summary>
    public static LagModel Immediate { get; } = new([0], [1.0]);

    public IReadOnlyList<int> DelayMinutes { get; }

    public int Buckets => DelayMinutes.Count;

    public int MaxDelayMinutes => DelayMinutes[^1];

    /// <summary>Picks a bucket for a uniform draw in [0, 1).</summary>
    public int Bucket(double uniform)
    {
        for (var k = 0; k < cumulative.Length - 1; k++)
        {
            if (uniform < cumulative[k])
            {
                return k;
            }
        }

        return cumulative.Length - 1;
    }

    /// <summary>Share of conversions reported within <paramref name="minutes"/> of the click hour's end.</summary>
    public double MaturedShare(int minutes)
    {
        var share = 0.0;
        for (var k = 0; k < DelayMinutes.Count && DelayMinutes[k] <= minutes; k++)
        {
            share = cumulative[k];
        }

        return share;
    }
}
