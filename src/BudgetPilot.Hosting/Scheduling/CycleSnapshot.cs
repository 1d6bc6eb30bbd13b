namespace BudgetPilot.Hosting.Scheduling;

/// <summary>The scheduler's last cycles on this node, at a glance.</summary>
/// <param name="LastStartedAt">When the last cycle (good or bad) began; null before the first.</param>
/// <param name="LastSucceededAt">When the last cycle that finished without an exception began.</param>
/// <param name="LastError">Why the last failed cycle failed, if any did.</param>
/// <param name="ConsecutiveFailures">Failed cycles since the last good one.</param>
public sealed record CycleSnapshot(DateTimeOffset? LastStartedAt, DateTimeOffset? LastSucceededAt, string? LastError, int ConsecutiveFailures);
