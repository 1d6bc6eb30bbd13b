namespace BudgetPilot.Core.Allocation;

/// <summary>
/// Hill saturation on adstocked spend, the shape BENCHMARK.md §1 describes:
/// <c>V(e) = β · e^α / (e^α + κ^α)</c>. At a steady daily spend s the adstock is <c>s / (1 − θ)</c>.
/// α ≤ 1 gives a concave C-curve, α &gt; 1 an S-curve.
/// </summary>
public readonly record struct HillCurve(double Alpha, double Kappa, double Beta, double Adstock = 0)
{
    /// <summary>Saturation of an adstocked spend, 0..1.</summary>
    public double Saturation(double effective)
    {
        if (effective <= 0)
        {
            return 0;
        }

        var r = Math.Pow(effective / Kappa, Alpha);
        return r / (1 + r);
    }

    /// <summary>Expected daily value at a steady daily spend.</summary>
    public double Value(double spend) => Beta * Saturation(spend / (1 - Adstock));

    /// <summary>Marginal ROAS dV/ds at a steady daily spend.</summary>
    public double Marginal(double spend)
    {
        var e = spend / (1 - Adstock);
        if (e <= 0)
        {
            return Alpha < 1 ? double.PositiveInfinity : Alpha == 1 ? Beta / Kappa / (1 - Adstock) : 0;
        }

        var r = Math.Pow(e / Kappa, Alpha);
        return Beta * Alpha * r / (e * (1 + r) * (1 + r)) / (1 - Adstock);
    }
}
