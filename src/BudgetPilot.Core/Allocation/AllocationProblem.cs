namespace BudgetPilot.Core.Allocation;

/// <summary>
/// One day's allocation: for each campaign its current budget and its expected daily value tabulated on
/// a grid of the budgets its guardrails allow (the current budget always among them). The total and the
/// money moved (Σ increases and Σ decreases, each) are capped; <see cref="Hysteresis"/> is the dead band
/// in marginal ROAS that a move must clear.
/// </summary>
public sealed record AllocationProblem(double[] Current, double[][] Spends, double[][] Values, double Total, double MaxMove, double Hysteresis)
{
    public int Count => Current.Length;

    /// <summary>Tabulates a curve on <paramref name="cells"/> steps each side of the current budget, within [low, high].</summary>
    public static (double[] Spends, double[] Values) Tabulate(Func<double, double> value, double low, double current, double high, int cells)
    {
        ArgumentNullException.ThrowIfNull(value);
        low = Math.Min(low, current);
        high = Math.Max(high, current);
        var down = low < current ? cells : 0;
        var up = high > current ? cells : 0;
        var spends = new double[down + 1 + up];
        for (var k = 0; k < down; k++)
        {
            spends[k] = low + ((current - low) * k / down);
        }

        spends[down] = current;
        for (var k = 1; k <= up; k++)
        {
            spends[down + k] = current + ((high - current) * k / up);
        }

        var values = new double[spends.Length];
        for (var k = 0; k < spends.Length; k++)
        {
            values[k] = value(spends[k]);
        }

        return (spends, values);
    }
}
