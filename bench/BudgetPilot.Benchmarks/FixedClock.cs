namespace BudgetPilot.Benchmarks;

/// <summary>A clock stopped at one instant: the measured code never reads the wall clock.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
