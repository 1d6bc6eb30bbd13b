using System.Globalization;
using System.Net;
using System.Text.Json;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.Google;

/// <summary>
/// Google's error envelope (<c>{"error":{code,message,status,details[GoogleAdsFailure]}}</c>, also wrapped
/// in a searchStream array) read as a retry hint and as a sentence.
/// </summary>
internal static class GoogleErrors
{
    public static RetryHint? Classify(HttpResponseMessage response, string body)
    {
        var error = Find(body);
        if (response.IsSuccessStatusCode && error is null)
        {
            return null;
        }

        var status = error is { } e && e.TryGetProperty("status", out var s) ? s.GetString() : null;
        var quota = error is { } q ? QuotaError(q) : null;
        var delay = (error is { } d ? RetryDelay(d) : null) ?? PlatformResilience.RetryAfter(response);
        var reason = Describe(response.StatusCode, body);
        if (quota is "RESOURCE_TEMPORARILY_EXHAUSTED" || status == "RESOURCE_EXHAUSTED" || response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return RetryHint.Throttled(delay, reason);
        }

        return response.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.BadGateway
            || status is "UNAVAILABLE" or "INTERNAL" or "DEADLINE_EXCEEDED"
            ? RetryHint.ServerFault(reason)
            : RetryHint.Permanent(reason);
    }

    /// <summary>A readable sentence from the envelope, or the status when the body is not one.</summary>
    public static string Describe(HttpStatusCode code, string body)
    {
        if (Find(body) is not { } error)
        {
            return $"HTTP {(int)code} without a Google error body";
        }

        var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
        var status = error.TryGetProperty("status", out var s) ? s.GetString() : null;
        var detail = FirstDetailMessage(error);
        var delay = RetryDelay(error);
        var text = $"{status ?? ((int)code).ToString(CultureInfo.InvariantCulture)}: {detail ?? message ?? "no message"}";
        return delay is { } wait ? $"{text} (Google asks to wait {PlatformCall.Describe(wait)})" : text;
    }

    public static TimeSpan? RetryDelay(JsonElement error)
    {
        foreach (var failure in Errors(error))
        {
            if (failure.TryGetProperty("details", out var details) && details.TryGetProperty("quotaErrorDetails", out var quota)
                && quota.TryGetProperty("retryDelay", out var delay) && ParseDuration(delay.GetString()) is { } parsed)
            {
                return parsed;
            }
        }

        return null;
    }

    /// <summary>A protobuf Duration such as "40591s" or "1.5s".</summary>
    public static TimeSpan? ParseDuration(string? text) =>
        text is { Length: > 1 } && text[^1] == 's' && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static string? QuotaError(JsonElement error) => Errors(error)
        .Select(f => f.TryGetProperty("errorCode", out var c) && c.TryGetProperty("quotaError", out var q) ? q.GetString() : null)
        .FirstOrDefault(q => q is not null);

    private static string? FirstDetailMessage(JsonElement error) => Errors(error)
        .Select(f => f.TryGetProperty("message", out var m) ? m.GetString() : null)
        .FirstOrDefault(m => m is not null);

    private static IEnumerable<JsonElement> Errors(JsonElement error)
    {
        if (!error.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var detail in details.EnumerateArray())
        {
            if (detail.ValueKind == JsonValueKind.Object && detail.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in errors.EnumerateArray())
                {
                    yield return e;
                }
            }
        }
    }

    /// <summary>The error object, top-level or inside a searchStream array; null when the body carries none.</summary>
    public static JsonElement? Find(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in root.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("error", out var inner))
                    {
                        return inner.Clone();
                    }
                }

                return null;
            }

            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var top) ? top.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
