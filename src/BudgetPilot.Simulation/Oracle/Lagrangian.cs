namespace BudgetPilot.Simulation.Oracle;

/// <summary>Each campaign's best budget for given increase and decrease prices, and the sums the multipliers steer.</summary>
internal sealed class Lagrangian(AllocationProblem problem, double[] baseline)
{
    public double Increases(double upPrice)
    {
        var sum = 0.0;
        for (var i = 0; i < problem.Count; i++)
        {
            sum += UpCandidate(i, upPrice) - baseline[i];
        }

        return sum;
    }

    public double Decreases(double downPrice)
    {
        var sum = 0.0;
        for (var i = 0; i < problem.Count; i++)
        {
            sum += baseline[i] - DownCandidate(i, downPrice);
        }

        return sum;
    }

    public double Total(double upPrice, double downPrice)
    {
        var sum = 0.0;
        for (var i = 0; i < problem.Count; i++)
        {
            sum += Best(i, upPrice, downPrice);
        }

        return sum;
    }

    public double[] Choose(double upPrice, double downPrice)
    {
        var budgets = new double[problem.Count];
        for (var i = 0; i < problem.Count; i++)
        {
            budgets[i] = Best(i, upPrice, downPrice);
        }

        return budgets;
    }

    private double Best(int i, double upPrice, double downPrice)
    {
        var curve = problem.Curves[i];
        var up = UpCandidate(i, upPrice);
        var down = DownCandidate(i, downPrice);
        var upGain = curve.Value(up) - (upPrice * (up - baseline[i]));
        var downGain = curve.Value(down) - (downPrice * (down - baseline[i]));
        return upGain >= downGain ? up : down;
    }

    private double UpCandidate(int i, double price) =>
        WaterFilling.ArgMax(problem.Curves[i], baseline[i], Math.Max(baseline[i], problem.Upper[i]), price);

    private double DownCandidate(int i, double price) =>
        WaterFilling.ArgMax(problem.Curves[i], problem.Lower[i], baseline[i], price);
}
