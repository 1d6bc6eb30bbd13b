namespace BudgetPilot.Hosting.Configuration;

/// <summary>
/// The <c>scheduler</c> section. The interval is the seed's <c>monitoring_interval</c>; <see cref="Enabled"/> lets a
/// node serve the dashboard without running cycles (scale-out: only some nodes schedule).
/// </summary>
public sealed record SchedulerOptions
{
    public bool Enabled { get; init; } = true;

    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>A cycle still running after this long is cancelled; the seed budgets 12 minutes of a 15-minute cycle.</summary>
    public TimeSpan CycleTimeout { get; init; } = TimeSpan.FromMinutes(12);
}
