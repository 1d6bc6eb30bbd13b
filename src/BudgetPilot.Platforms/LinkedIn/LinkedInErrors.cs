using System.Net;
using System.Text.Json;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.LinkedIn;

/// <summary>LinkedIn signals with the HTTP status (429 throttles, with no Retry-After) and a serviceErrorCode body.</summary>
internal static class LinkedInErrors
{
    /// <summary>LinkedIn publishes no wait; a minute is its suggested first step.</summary>
    public static readonly TimeSpan ThrottleWait = TimeSpan.FromMinutes(1);

    public static RetryHint? Classify(HttpResponseMessage response, string body)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var reason = Describe(response.StatusCode, body);
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RetryHint.Throttled(PlatformResilience.RetryAfter(response) ?? ThrottleWait, reason),
            _ when PlatformResilience.IsServerFault(response.StatusCode) => RetryHint.ServerFault(reason),
            _ => RetryHint.Permanent(reason),
        };
    }

    public static string Describe(HttpStatusCode status, string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
            var code = root.TryGetProperty("serviceErrorCode", out var c) ? c.GetRawText() : null;
            var hint = status == HttpStatusCode.UpgradeRequired ? " — the LinkedIn-Version is no longer supported; raise api_version" : "";
            return $"HTTP {(int)status}{(code is null ? "" : $" (serviceErrorCode {code})")}: {message ?? "no message"}{hint}";
        }
        catch (JsonException)
        {
            return $"HTTP {(int)status} without a LinkedIn error body";
        }
    }
}
