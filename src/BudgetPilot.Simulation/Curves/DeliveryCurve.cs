namespace BudgetPilot.Simulation.Curves;

/// <summary>
/// How a daily budget is spent across the 96 quarter-hours of a day: little at night, a peak in the
/// evening. Weights sum to one, so a budget held all day is spent exactly.
/// </summary>
public static class DeliveryCurve
{
    public const int TicksPerDay = 96;

    public const int TicksPerHour = 4;

    private static readonly double[] HourShape =
    [
        0.35, 0.25, 0.2, 0.18, 0.2, 0.3, 0.55, 0.8, 1.0, 1.1, 1.15, 1.2,
        1.25, 1.2, 1.15, 1.15, 1.2, 1.3, 1.45, 1.6, 1.65, 1.5, 1.1, 0.7,
    ];

    private static readonly double[] Weights = Build();

    /// <summary>Share of a day's budget delivered in tick <paramref name="tickOfDay"/> (0..95).</summary>
    public static double Weight(int tickOfDay) => Weights[tickOfDay];

    /// <summary>Share of the day's budget still to be delivered from tick <paramref name="tickOfDay"/> on.</summary>
    public static double Remaining(int tickOfDay)
    {
        var sum = 0.0;
        for (var t = tickOfDay; t < TicksPerDay; t++)
        {
            sum += Weights[t];
        }

        return sum;
    }

    private static double[] Build()
    {
        var total = HourShape.Sum();
        var weights = new double[TicksPerDay];
        for (var t = 0; t < TicksPerDay; t++)
        {
            weights[t] = HourShape[t / TicksPerHour] / total / TicksPerHour;
        }

        return weights;
    }
}
