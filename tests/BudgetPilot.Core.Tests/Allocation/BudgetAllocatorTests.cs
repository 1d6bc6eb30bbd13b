using BudgetPilot.Core.Allocation;

namespace BudgetPilot.Core.Tests.Allocation;

public sealed class BudgetAllocatorTests
{
    private static AllocationProblem Problem(HillCurve[] curves, double[] current, double low, double high, double total, double maxMove, int cells = 200)
    {
        var spends = new double[curves.Length][];
        var values = new double[curves.Length][];
        for (var i = 0; i < curves.Length; i++)
        {
            (spends[i], values[i]) = AllocationProblem.Tabulate(curves[i].Value, low, current[i], high, cells);
        }

        return new AllocationProblem(current, spends, values, total, maxMove, 0);
    }

    [Fact]
    public void ConcaveCurvesEndWithEqualMarginalRoas()
    {
        HillCurve[] curves =
        [
            new(0.7, 800, 5000), new(1.0, 1500, 9000), new(0.8, 600, 3000),
            new(1.0, 2500, 14000), new(0.9, 1200, 6000), new(0.7, 3000, 12000),
        ];
        var current = Enumerable.Repeat(1000.0, 6).ToArray();

        var budgets = BudgetAllocator.Solve(Problem(curves, current, 100, 5000, 6000, double.PositiveInfinity));

        Assert.InRange(budgets.Sum(), 5900, 6000);
        var marginals = budgets.Select((b, i) => curves[i].Marginal(b)).Where((_, i) => budgets[i] is > 110 and < 4990).ToList();
        Assert.True(marginals.Count >= 4, "most campaigns should be interior");
        Assert.True(marginals.Max() / marginals.Min() < 1.1, $"marginal ROAS should be equal: {string.Join(", ", marginals.Select(m => m.ToString("0.00")))}");
    }

    [Fact]
    public void SCurvesGetAKnapsackAnswerNotAnEvenSplit()
    {
        HillCurve[] curves = [new(2.5, 1000, 5000), new(2.5, 1000, 5000)];
        double[] current = [600, 600];

        var budgets = BudgetAllocator.Solve(Problem(curves, current, 0, 1200, 1200, double.PositiveInfinity, cells: 30));

        double Profit(double a, double b) => curves[0].Value(a) + curves[1].Value(b) - a - b;
        var even = Profit(600, 600);
        var best = Enumerable.Range(0, 61).Select(k => k * 20.0).Max(a => Profit(a, 1200 - a));
        Assert.True(Profit(budgets[0], budgets[1]) >= best - 1, $"got {Profit(budgets[0], budgets[1]):0}, best {best:0}");
        Assert.True(Profit(budgets[0], budgets[1]) > even * 1.5, "concentrating past the convex start beats splitting into it");
    }

    [Fact]
    public void MovedMoneyStaysWithinTheCap()
    {
        HillCurve[] curves = [new(1.0, 500, 1000), new(1.0, 5000, 30000), new(0.8, 400, 800), new(1.0, 4000, 20000)];
        var current = Enumerable.Repeat(1000.0, 4).ToArray();

        var budgets = BudgetAllocator.Solve(Problem(curves, current, 0, 1500, 4000, maxMove: 300));

        var up = budgets.Select((b, i) => Math.Max(0, b - current[i])).Sum();
        var down = budgets.Select((b, i) => Math.Max(0, current[i] - b)).Sum();
        Assert.InRange(up, 1, 300);
        Assert.InRange(down, 1, 300);
    }

    [Fact]
    public void NothingMovesWhenMarginalReturnsAreAlreadyEqual()
    {
        var curves = Enumerable.Repeat(new HillCurve(1.0, 1000, 5000), 5).ToArray();
        var current = Enumerable.Repeat(1000.0, 5).ToArray();
        var p = Problem(curves, current, 500, 1500, 5000, double.PositiveInfinity) with { Hysteresis = 0.05 };

        var budgets = BudgetAllocator.Solve(p);

        Assert.Equal(current, budgets);
    }
}
