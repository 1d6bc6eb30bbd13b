using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.Google;

/// <summary>The wire: GAQL searchStream and the two mutate services, with Google's headers and error envelope.</summary>
public sealed class GoogleAdsClient(IHttpClientFactory factory, GoogleAdsOptions options)
{
    public const string HttpClientName = "google_ads";

    private string Customer => options.CustomerId.Replace("-", "", StringComparison.Ordinal);

    /// <summary>Every result row of every batch of the stream.</summary>
    public async Task<IReadOnlyList<JsonElement>> SearchAsync(string query, CancellationToken cancellationToken)
    {
        using var request = Request($"customers/{Customer}/googleAds:searchStream", new JsonObject { ["query"] = query });
        using var doc = await SendAsync(request, "reading (searchStream)", cancellationToken);
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new PlatformException(Platform.GoogleAds, "reading (searchStream): the reply is not the expected array of batches.", transient: true);
        }

        var rows = new List<JsonElement>();
        foreach (var batch in doc.RootElement.EnumerateArray())
        {
            if (batch.ValueKind == JsonValueKind.Object && batch.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
            {
                rows.AddRange(results.EnumerateArray().Select(r => r.Clone()));
            }
        }

        return rows;
    }

    /// <summary>One update operation on <paramref name="service"/> (campaignBudgets or campaigns); a partial failure is an error.</summary>
    public async Task MutateAsync(string service, string resourceName, string updateMask, JsonObject fields, CancellationToken cancellationToken)
    {
        fields["resourceName"] = resourceName;
        var body = new JsonObject
        {
            ["operations"] = new JsonArray(new JsonObject { ["updateMask"] = updateMask, ["update"] = fields }),
            ["partialFailure"] = true,
            ["validateOnly"] = false,
        };
        using var request = Request($"customers/{Customer}/{service}:mutate", body);
        request.Options.Set(PlatformResilience.IsWrite, true);
        using var doc = await SendAsync(request, $"changing {resourceName}", cancellationToken);
        var root = doc.RootElement;
        if (root.TryGetProperty("partialFailureError", out var partial) && partial.ValueKind == JsonValueKind.Object)
        {
            var message = GoogleErrors.Describe(System.Net.HttpStatusCode.BadRequest, new JsonObject { ["error"] = JsonNode.Parse(partial.GetRawText()) }.ToJsonString());
            throw new PlatformException(Platform.GoogleAds, $"changing {resourceName} was refused: {message}", transient: false);
        }

        var applied = root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array
            && results.EnumerateArray().Any(r => r.TryGetProperty("resourceName", out var n) && n.GetString() == resourceName);
        if (!applied)
        {
            throw new PlatformException(Platform.GoogleAds, $"changing {resourceName}: the reply does not confirm the change.", transient: true);
        }
    }

    private HttpRequestMessage Request(string path, JsonObject body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl, $"{options.ApiVersion}/{path}"))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        request.Headers.Add("developer-token", options.DeveloperToken);
        if (!string.IsNullOrEmpty(options.LoginCustomerId))
        {
            request.Headers.Add("login-customer-id", options.LoginCustomerId.Replace("-", "", StringComparison.Ordinal));
        }

        return request;
    }

    private async Task<JsonDocument> SendAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        using var response = await PlatformCall.SendAsync(factory.CreateClient(HttpClientName), Platform.GoogleAds, request, what, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (GoogleErrors.Classify(response, body) is { } hint)
        {
            var longWait = hint.Delay is { } d && d > options.Resilience.MaxHintedDelay;
            var text = longWait ? $"{what}: quota exhausted, not retried — {hint.Reason}" : $"{what} failed: {hint.Reason}";
            throw new PlatformException(Platform.GoogleAds, text, transient: hint.Transient && !longWait);
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new PlatformException(Platform.GoogleAds, $"{what}: the reply was not valid JSON ({ex.Message}); it was not trusted.", transient: true, ex);
        }
    }
}
