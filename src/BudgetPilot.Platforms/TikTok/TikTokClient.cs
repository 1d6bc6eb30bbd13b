using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.TikTok;

/// <summary>The v1.3 wire: JSON-encoded GET parameters, JSON POST bodies, the code/message/data envelope, page/total_page paging.</summary>
public sealed class TikTokClient(IHttpClientFactory factory, TikTokOptions options)
{
    public const string HttpClientName = "tiktok_ads";

    /// <summary>Every item of <c>data.list</c>, page by page until <c>page == total_page</c>.</summary>
    public async Task<IReadOnlyList<JsonElement>> GetAllAsync(string endpoint, IReadOnlyDictionary<string, string> query, string what, CancellationToken cancellationToken)
    {
        var rows = new List<JsonElement>();
        for (var page = 1; page <= 1000; page++)
        {
            var parameters = new Dictionary<string, string>(query) { ["advertiser_id"] = options.AdvertiserId, ["page"] = $"{page}", ["page_size"] = "1000" };
            var url = $"{options.ApiVersion}/{endpoint}?{string.Join("&", parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"))}";
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.BaseUrl, url));
            using var doc = await SendAsync(request, what, cancellationToken);
            var data = doc.RootElement.TryGetProperty("data", out var d) ? d : default;
            if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("list", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new PlatformException(Platform.TikTokAds, $"{what}: the reply has no data.list.", transient: true);
            }

            rows.AddRange(list.EnumerateArray().Select(r => r.Clone()));
            var total = data.TryGetProperty("page_info", out var info) && info.TryGetProperty("total_page", out var t) && t.TryGetInt32(out var n) ? n : 1;
            if (page >= total)
            {
                break;
            }
        }

        return rows;
    }

    /// <summary>One GET whose parameters are given whole (no advertiser_id or paging added), returning <c>data.list</c>.</summary>
    public async Task<IReadOnlyList<JsonElement>> GetListAsync(string endpoint, IReadOnlyDictionary<string, string> query, string what, CancellationToken cancellationToken)
    {
        var url = $"{options.ApiVersion}/{endpoint}?{string.Join("&", query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"))}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.BaseUrl, url));
        using var doc = await SendAsync(request, what, cancellationToken);
        return doc.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("list", out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(r => r.Clone())]
            : throw new PlatformException(Platform.TikTokAds, $"{what}: the reply has no data.list.", transient: true);
    }

    public async Task PostAsync(string endpoint, JsonObject body, string what, CancellationToken cancellationToken)
    {
        body["advertiser_id"] = options.AdvertiserId;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl, $"{options.ApiVersion}/{endpoint}")) { Content = JsonContent.Create(body) };
        request.Options.Set(PlatformResilience.IsWrite, true);
        using var _ = await SendAsync(request, what, cancellationToken);
    }

    private async Task<JsonDocument> SendAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        request.Headers.Add("Access-Token", options.AccessToken);
        using var response = await PlatformCall.SendAsync(factory.CreateClient(HttpClientName), Platform.TikTokAds, request, what, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new PlatformException(Platform.TikTokAds, $"{what}: the reply was not valid JSON ({ex.Message}); it was not trusted.", transient: true, ex);
        }

        if (TikTokErrors.Classify(response, body) is { } hint)
        {
            doc.Dispose();
            throw new PlatformException(Platform.TikTokAds, $"{what} failed: {hint.Reason}", transient: hint.Transient);
        }

        return doc;
    }
}
