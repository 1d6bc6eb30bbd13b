namespace BudgetPilot.Simulation;

/// <summary>A run day's noise-free totals over all campaigns: what the benchmark scores.</summary>
public readonly record struct DayOutcome(int Day, DateOnly Date, double Spend, double ExpectedValue)
{
    public double Profit => ExpectedValue - Spend;
}
