using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace BudgetPilot.Platforms.Resilience;

/// <summary>Turns what the HTTP pipeline throws into a <see cref="PlatformException"/> a manager can read.</summary>
internal static class PlatformCall
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, Platform platform, HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new PlatformException(platform, $"{what}: too many recent failures, calls paused for a while (circuit open).", transient: true, ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new PlatformException(platform, $"{what}: no reply in time ({ex.Timeout.TotalSeconds:0.#} s).", transient: true, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new PlatformException(platform, $"{what}: could not reach the API ({ex.Message}).", transient: true, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PlatformException(platform, $"{what}: the request timed out.", transient: true, ex);
        }
    }

    public static string Describe(TimeSpan delay) => delay.TotalHours >= 1
        ? $"{(int)delay.TotalHours} h {delay.Minutes} min ({delay.TotalSeconds:0} s)"
        : $"{delay.TotalSeconds:0} s";
}
