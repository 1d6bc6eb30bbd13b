namespace BudgetPilot.Core.Cycle;

/// <summary>
/// A clock stopped at one instant: what one cycle, or one manager's action, reads as "now" from its first step to
/// its last stamp (ARCHITECTURE invariant 11), so a replay at <c>--at</c> behaves like the live run and a day's
/// ledger sees every execution of the operation that wrote it. Timers and timestamps still come from the clock it wraps.
/// </summary>
public sealed class InstantClock : TimeProvider
{
    private readonly DateTimeOffset instant;

    public InstantClock(DateTimeOffset instant, TimeProvider inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        this.instant = instant.ToUniversalTime();
        Inner = inner is InstantClock stopped ? stopped.Inner : inner;
    }

    /// <summary>The running clock underneath, for the next operation's instant.</summary>
    public TimeProvider Inner { get; }

    public override DateTimeOffset GetUtcNow() => instant;

    public override TimeZoneInfo LocalTimeZone => Inner.LocalTimeZone;

    public override long TimestampFrequency => Inner.TimestampFrequency;

    public override long GetTimestamp() => Inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Inner.CreateTimer(callback, state, dueTime, period);
}
