using BudgetPilot.Simulation.Curves;

namespace BudgetPilot.Simulation.Oracle;

/// <summary>
/// One day's budget choice: per campaign a true curve, today's budget and the bounds the rules allow;
/// overall a cap on Σ budgets and on the money moved (max of Σ increases and Σ decreases).
/// </summary>
public sealed record AllocationProblem(
    IReadOnlyList<TrueCurve> Curves,
    IReadOnlyList<double> Current,
    IReadOnlyList<double> Lower,
    IReadOnlyList<double> Upper,
    double Total,
    double MaxMove)
{
    public int Count => Curves.Count;
}
