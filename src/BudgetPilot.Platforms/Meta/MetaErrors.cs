using System.Net;
using System.Text.Json;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.Meta;

/// <summary>
/// Meta's error envelope, classified on <c>error.code</c> (throttles come back as HTTP 400 bodies), with the
/// wait taken from X-Business-Use-Case-Usage's estimated_time_to_regain_access (minutes).
/// </summary>
internal static class MetaErrors
{
    public const int NotFoundSubcode = 33;

    public static RetryHint? Classify(HttpResponseMessage response, string body)
    {
        var error = Find(body);
        if (response.IsSuccessStatusCode && error is null)
        {
            return null;
        }

        var reason = Describe(response.StatusCode, body);
        var code = error is { } e && e.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 0;
        var delay = RegainAccess(response) ?? PlatformResilience.RetryAfter(response);
        if (code is 4 or 17 or 32 or 613 or (>= 80000 and <= 80014) || response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return RetryHint.Throttled(delay, reason);
        }

        var transient = error is { } t && t.TryGetProperty("is_transient", out var it) && it.ValueKind == JsonValueKind.True;
        return code is 1 or 2 || transient || (error is null && PlatformResilience.IsServerFault(response.StatusCode))
            ? RetryHint.ServerFault(reason)
            : RetryHint.Permanent(reason);
    }

    public static string Describe(HttpStatusCode status, string body)
    {
        if (Find(body) is not { } error)
        {
            return $"HTTP {(int)status} without a Meta error body";
        }

        var code = error.TryGetProperty("code", out var c) ? c.GetRawText() : "?";
        var message = error.TryGetProperty("error_user_msg", out var u) ? u.GetString() : error.TryGetProperty("message", out var m) ? m.GetString() : null;
        var trace = error.TryGetProperty("fbtrace_id", out var f) ? $" (fbtrace_id {f.GetString()})" : "";
        var hint = code == "190" ? " — the access token expired or was revoked; issue a new one" : "";
        return $"error {code}: {message ?? "no message"}{hint}{trace}";
    }

    public static bool IsNotFound(string body) =>
        Find(body) is { } e && e.TryGetProperty("code", out var c) && c.GetRawText() == "100"
        && e.TryGetProperty("error_subcode", out var s) && s.GetRawText() == "33";

    /// <summary>The longest estimated_time_to_regain_access (minutes) in the BUC header, when positive.</summary>
    public static TimeSpan? RegainAccess(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("X-Business-Use-Case-Usage", out var values))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(values.First());
            var minutes = doc.RootElement.EnumerateObject()
                .SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Select(u => u.TryGetProperty("estimated_time_to_regain_access", out var t) && t.TryGetDouble(out var v) ? v : 0)
                .DefaultIfEmpty(0).Max();
            return minutes > 0 ? TimeSpan.FromMinutes(minutes) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Find(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var e) ? e.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
