namespace BudgetPilot.Simulation.Curves;

/// <summary>The Hill saturation x^α / (x^α + κ^α) and its derivative.</summary>
public static class Hill
{
    public static double Value(double x, double kappa, double alpha)
    {
        if (x <= 0)
        {
            return 0;
        }

        return 1.0 / (1.0 + Math.Pow(kappa / x, alpha));
    }

    public static double Derivative(double x, double kappa, double alpha)
    {
        if (x <= 0)
        {
            return alpha < 1 ? double.MaxValue : alpha > 1 ? 0 : 1.0 / kappa;
        }

        var r = Math.Pow(kappa / x, alpha);
        var onePlus = 1.0 + r;
        return alpha * r / (x * onePlus * onePlus);
    }

    /// <summary>Where an S-curve (α &gt; 1) turns from convex to concave; zero for concave curves.</summary>
    public static double Inflection(double kappa, double alpha) =>
        alpha <= 1 ? 0 : kappa * Math.Pow((alpha - 1) / (alpha + 1), 1.0 / alpha);
}
