namespace BudgetPilot.Simulation.Curves;

/// <summary>
/// One campaign's noise-free value for today as a function of its daily budget s:
/// <c>V(s) = Amplitude · Hill(min(s, Cap) + Carry)</c>, where Amplitude = β·W·F·C and Carry = θ·e(d−1).
/// Spend is min(s, Cap): past the demand cap there is nothing left to buy.
/// </summary>
public readonly record struct TrueCurve(double Amplitude, double Kappa, double Alpha, double Carry, double Cap)
{
    public double Spend(double budget) => Math.Min(Math.Max(budget, 0), Cap);

    /// <summary>Zero without delivery: a campaign that spends nothing earns nothing, its carry-over included.</summary>
    public double Value(double budget) => budget <= 0 ? 0 : Amplitude * Hill.Value(Spend(budget) + Carry, Kappa, Alpha);

    public double Profit(double budget) => Value(budget) - Spend(budget);

    /// <summary>dV/ds: the marginal ROAS of the next unit of budget.</summary>
    public double Marginal(double budget) =>
        budget >= Cap ? 0 : Amplitude * Hill.Derivative(Math.Max(budget, 0) + Carry, Kappa, Alpha);

    /// <summary>The budget below which this curve is convex (S-curve start); zero when concave everywhere.</summary>
    public double ConvexUntil => Math.Min(Cap, Math.Max(0, Hill.Inflection(Kappa, Alpha) - Carry));

    public bool IsConcave => ConvexUntil <= 0;
}
