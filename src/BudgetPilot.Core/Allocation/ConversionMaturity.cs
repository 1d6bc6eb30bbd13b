namespace BudgetPilot.Core.Allocation;

/// <summary>
/// How complete a day's conversion value is, by its age in days when the allocator reads it, learned
/// from the data itself: the value a day showed at age a, against what the same day showed once
/// <see cref="MatureAge"/> days old. Starts from a prior that assumes a typical lag (about half the value
/// within a day) and moves to what the workspace's own conversions show as days mature.
/// </summary>
public sealed class ConversionMaturity
{
    public const int MatureAge = 7;

    private static readonly double[] Prior = [0.35, 0.6, 0.78, 0.87, 0.93, 0.96, 0.98, 1.0];

    private readonly double[] seen = new double[MatureAge + 1];
    private readonly double[] matured = new double[MatureAge + 1];
    private double pseudo;

    /// <summary>The running sums, for the allocator's stored state.</summary>
    public MaturityStatistics Statistics => new([.. seen], [.. matured], pseudo);

    /// <summary>A maturity that continues from stored <paramref name="statistics"/> exactly where it left off.</summary>
    public static ConversionMaturity From(MaturityStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var maturity = new ConversionMaturity();
        for (var a = 0; a < MaturityStatistics.Length; a++)
        {
            maturity.seen[a] = statistics.Seen[a];
            maturity.matured[a] = statistics.Matured[a];
        }

        maturity.pseudo = statistics.Pseudo;
        return maturity;
    }

    /// <summary>Expected share of a day's final value reported at <paramref name="age"/> days (1 = yesterday).</summary>
    public double Completeness(int age)
    {
        if (age >= MatureAge)
        {
            return 1;
        }

        age = Math.Max(age, 0);
        var c = (seen[age] + (Prior[age] * pseudo)) / (matured[age] + pseudo);
        return Math.Clamp(double.IsFinite(c) ? c : Prior[age], 0.05, 1.0);
    }

    /// <summary>A day reached maturity: it showed <paramref name="valueAtAge"/>[a] at age a and <paramref name="final"/> now.</summary>
    public void Learn(ReadOnlySpan<double> valueAtAge, double final)
    {
        if (!(final > 0))
        {
            return;
        }

        for (var a = 1; a < MatureAge && a < valueAtAge.Length; a++)
        {
            if (valueAtAge[a] >= 0)
            {
                seen[a] += valueAtAge[a];
                matured[a] += final;
            }
        }

        // The prior weighs as much as about three days of one average campaign.
        pseudo = Math.Max(pseudo, 3 * final);
    }
}
