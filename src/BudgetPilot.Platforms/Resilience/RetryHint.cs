namespace BudgetPilot.Platforms.Resilience;

/// <summary>
/// What a platform's failed reply means for a retry. <see cref="Refused"/> is true when the platform
/// turned the call away before acting on it (a throttle), so even a write may safely be sent again;
/// <see cref="Delay"/> is the platform's own hint (Retry-After, Google retryDelay, Meta's
/// estimated_time_to_regain_access), null when it gave none.
/// </summary>
public sealed record RetryHint(bool Transient, bool Refused, TimeSpan? Delay, string Reason)
{
    public static RetryHint Permanent(string reason) => new(false, false, null, reason);

    public static RetryHint Throttled(TimeSpan? delay, string reason) => new(true, true, delay, reason);

    public static RetryHint ServerFault(string reason) => new(true, false, null, reason);
}
