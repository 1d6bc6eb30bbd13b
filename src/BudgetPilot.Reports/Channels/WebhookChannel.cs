using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BudgetPilot.Core.Notifications;

namespace BudgetPilot.Reports.Channels;

/// <summary>
/// A signed JSON POST for other tools. The receiver recomputes
/// <c>sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))</c> and rejects old timestamps, so a
/// captured request can neither be altered nor replayed later.
/// </summary>
public sealed class WebhookChannel(HttpClient http, Uri url, byte[] secret, TimeProvider time) : INotificationChannel
{
    public const string ChannelName = "webhook";
    public const string SignatureHeader = "X-BudgetPilot-Signature";
    public const string TimestampHeader = "X-BudgetPilot-Timestamp";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => ChannelName;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new
        {
            id = message.Id,
            workspace = message.WorkspaceId,
            kind = message.Kind.ToString(),
            severity = message.Severity.ToString(),
            title = message.Title,
            body = message.Body,
            items = message.Items,
            links = message.Links.Select(l => new { label = l.Label, url = l.Url }),
            created_at = message.CreatedAt,
        }, Json);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, Sign(secret, timestamp, body));
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public static string Sign(byte[] secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(timestamp + "." + body)));

    /// <summary>What a receiver does: constant-time compare, and refuse a timestamp outside <paramref name="tolerance"/>.</summary>
    public static bool Verify(byte[] secret, string timestamp, string body, string signature, DateTimeOffset now, TimeSpan tolerance) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() <= tolerance
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
