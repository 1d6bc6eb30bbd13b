namespace BudgetPilot.Platforms.Resilience;

/// <summary>Retry, breaker and timeout settings of one platform's HTTP client.</summary>
public sealed class ResilienceSettings
{
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff step when the platform gives no hint; doubled each attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A platform hint longer than this (a daily quota) is not waited for: the call fails with the delay in its message.</summary>
    public TimeSpan MaxHintedDelay { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(3);

    public double BreakerFailureRatio { get; init; } = 0.5;

    public int BreakerMinimumThroughput { get; init; } = 8;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    public bool UseJitter { get; init; } = true;
}
