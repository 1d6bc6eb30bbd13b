using System.Globalization;
using System.Text.Json;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.TikTok;

/// <summary>TikTok answers HTTP 200 with <c>code != 0</c> on errors: 40100 is the rate limit, 5xxxx server faults.</summary>
internal static class TikTokErrors
{
    public static RetryHint? Classify(HttpResponseMessage response, string body)
    {
        var (code, message, requestId) = Read(body);
        if (response.IsSuccessStatusCode && code is null or 0)
        {
            return null;
        }

        var reason = $"code {code?.ToString(CultureInfo.InvariantCulture) ?? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)}: {message ?? "no message"}"
            + (code is 40105 ? " — the access token is wrong or revoked (send it as Access-Token, without Bearer)" : "")
            + (requestId is null ? "" : $" (request_id {requestId})");
        return code switch
        {
            40100 => RetryHint.Throttled(PlatformResilience.RetryAfter(response), reason),
            >= 50000 and < 60000 => RetryHint.ServerFault(reason),
            null when PlatformResilience.IsServerFault(response.StatusCode) => RetryHint.ServerFault(reason),
            null when (int)response.StatusCode == 429 => RetryHint.Throttled(PlatformResilience.RetryAfter(response), reason),
            _ => RetryHint.Permanent(reason),
        };
    }

    private static (int? Code, string? Message, string? RequestId) Read(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null);
            }

            int? code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : null;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
            var id = root.TryGetProperty("request_id", out var r) ? r.GetString() : null;
            return (code, message, id);
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }
}
