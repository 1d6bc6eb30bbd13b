using System.Net;
using BudgetPilot.Core.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace BudgetPilot.Platforms.Resilience;

/// <summary>
/// One resilience pipeline per platform client: total timeout, then retries with exponential backoff and
/// jitter that honour the platform's own hint, then a circuit breaker, then a per-attempt timeout. All
/// delays come from the registered <see cref="TimeProvider"/>.
/// </summary>
public static class PlatformResilience
{
    /// <summary>Set on a request that changes something: it is only re-sent when the platform refused it unread.</summary>
    public static readonly HttpRequestOptionsKey<bool> IsWrite = new("budgetpilot.write");

    public static IHttpClientBuilder AddPlatformResilience(this IHttpClientBuilder builder, Platform platform, ResilienceSettings settings, ReplyClassifier classify)
    {
        // Timeouts belong to the pipeline (and its TimeProvider), not to HttpClient's own wall-clock timer.
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler($"{platform.Key()}-resilience", (pipeline, context) =>
        {
            pipeline.TimeProvider = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            pipeline.AddTimeout(settings.TotalTimeout);
            if (settings.MaxRetries > 0)
            {
                pipeline.AddRetry(Retry(settings, classify));
            }

            pipeline.AddCircuitBreaker(Breaker(settings, classify)).AddTimeout(settings.AttemptTimeout);
        });
        return builder;
    }

    private static HttpRetryStrategyOptions Retry(ResilienceSettings settings, ReplyClassifier classify) => new()
    {
        MaxRetryAttempts = settings.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = settings.UseJitter,
        Delay = settings.BaseDelay,
        ShouldRetryAfterHeader = false,
        ShouldHandle = async args =>
        {
            var write = args.Context.GetRequestMessage()?.Options.TryGetValue(IsWrite, out var w) == true && w;
            if (args.Outcome.Exception is { } ex)
            {
                // A write that timed out or lost its connection may have been applied: the executor reads back instead.
                return !write && ex is HttpRequestException or TimeoutRejectedException;
            }

            var hint = await HintAsync(args.Outcome.Result, classify);
            return hint is { Transient: true } && (!write || hint.Refused) && (hint.Delay is null || hint.Delay <= settings.MaxHintedDelay);
        },
        DelayGenerator = async args =>
            args.Outcome.Result is { } response && await HintAsync(response, classify) is { Delay: { } hinted }
                ? hinted
                : null,
    };

    private static HttpCircuitBreakerStrategyOptions Breaker(ResilienceSettings settings, ReplyClassifier classify) => new()
    {
        FailureRatio = settings.BreakerFailureRatio,
        MinimumThroughput = settings.BreakerMinimumThroughput,
        SamplingDuration = settings.BreakerSamplingDuration,
        BreakDuration = settings.BreakDuration,
        ShouldHandle = async args => args.Outcome.Exception is HttpRequestException or TimeoutRejectedException
            || (args.Outcome.Result is { } r && await HintAsync(r, classify) is { Transient: true }),
    };

    internal static async ValueTask<RetryHint?> HintAsync(HttpResponseMessage? response, ReplyClassifier classify)
    {
        if (response is null)
        {
            return null;
        }

        // Buffered once; the adapter reads the same body afterwards.
        var body = await response.Content.ReadAsStringAsync();
        return classify(response, body) ?? (body.Length > 0 && !IsJson(body) ? RetryHint.ServerFault("the reply was not valid JSON") : null);
    }

    // A truncated or garbled success is retried like a server fault (reads only: a write is read back instead).
    private static bool IsJson(string body)
    {
        try
        {
            using var _ = System.Text.Json.JsonDocument.Parse(body);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>Retry-After as a delta, or as a date measured against the reply's own Date header (never our clock).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when response.Headers.Date is { } sent => date > sent ? date - sent : TimeSpan.Zero,
        _ => null,
    };

    public static bool IsServerFault(HttpStatusCode status) => (int)status >= 500;
}
