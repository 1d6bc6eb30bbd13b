using System.Text.Json;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.Meta;

/// <summary>The Graph wire: GETs with paging.next, form POSTs to a campaign node, Meta's error envelope.</summary>
public sealed class MetaClient(IHttpClientFactory factory, MetaOptions options)
{
    public const string HttpClientName = "meta_ads";

    /// <summary>GET one node; null when Meta says the object does not exist.</summary>
    public async Task<JsonElement?> GetAsync(string pathAndQuery, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(pathAndQuery));
        var (doc, notFound) = await SendAsync(request, what, cancellationToken);
        using (doc)
        {
            return notFound ? null : doc!.RootElement.Clone();
        }
    }

    /// <summary>Every element of <c>data</c>, following <c>paging.next</c> until it is absent.</summary>
    public async Task<IReadOnlyList<JsonElement>> GetAllAsync(string pathAndQuery, string what, CancellationToken cancellationToken)
    {
        var rows = new List<JsonElement>();
        Uri? next = Url(pathAndQuery);
        for (var page = 0; next is not null && page < 1000; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            var (doc, _) = await SendAsync(request, what, cancellationToken);
            using (doc)
            {
                var root = doc!.RootElement;
                if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
                {
                    throw new PlatformException(Platform.MetaAds, $"{what}: the reply has no data list.", transient: true);
                }

                rows.AddRange(data.EnumerateArray().Select(r => r.Clone()));
                next = root.TryGetProperty("paging", out var paging) && paging.TryGetProperty("next", out var n) && n.GetString() is { } link
                    ? Same(new Uri(link), what)
                    : null;
            }
        }

        return rows;
    }

    /// <summary>POST /{node} with form fields (absolute values); Meta answers {"success": true}.</summary>
    public Task PostAsync(string node, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken) =>
        PostAsync(node, fields, $"changing campaign {node}", cancellationToken);

    /// <summary>POST /{node} as above; <paramref name="what"/> names the change in errors (an ad set, not a campaign).</summary>
    public async Task PostAsync(string node, IReadOnlyDictionary<string, string> fields, string what, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>(fields) { ["access_token"] = options.AccessToken };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl, $"{options.ApiVersion}/{node}")) { Content = new FormUrlEncodedContent(form) };
        request.Options.Set(PlatformResilience.IsWrite, true);
        var (doc, notFound) = await SendAsync(request, what, cancellationToken);
        using (doc)
        {
            if (notFound || doc is null || !doc.RootElement.TryGetProperty("success", out var ok) || ok.ValueKind != JsonValueKind.True)
            {
                throw new PlatformException(Platform.MetaAds, $"{what}: the reply does not confirm the change.", transient: true);
            }
        }
    }

    private Uri Url(string pathAndQuery)
    {
        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return new Uri(options.BaseUrl, $"{options.ApiVersion}/{pathAndQuery}{separator}access_token={Uri.EscapeDataString(options.AccessToken)}");
    }

    // paging.next carries the token: follow it only to the configured host.
    private Uri Same(Uri next, string what) => next.Host == options.BaseUrl.Host && next.Port == options.BaseUrl.Port
        ? next
        : throw new PlatformException(Platform.MetaAds, $"{what}: paging.next points to another host ({next.Host}); not followed.", transient: false);

    private async Task<(JsonDocument? Doc, bool NotFound)> SendAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        using var response = await PlatformCall.SendAsync(factory.CreateClient(HttpClientName), Platform.MetaAds, request, what, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (MetaErrors.Classify(response, body) is { } hint)
        {
            if (MetaErrors.IsNotFound(body))
            {
                return (null, true);
            }

            var longWait = hint.Delay is { } d && d > options.Resilience.MaxHintedDelay;
            var text = longWait ? $"{what}: rate limit reached, not retried — {hint.Reason}; Meta asks to wait {PlatformCall.Describe(hint.Delay ?? TimeSpan.Zero)}" : $"{what} failed: {hint.Reason}";
            throw new PlatformException(Platform.MetaAds, text, transient: hint.Transient && !longWait);
        }

        try
        {
            return (JsonDocument.Parse(body), false);
        }
        catch (JsonException ex)
        {
            throw new PlatformException(Platform.MetaAds, $"{what}: the reply was not valid JSON ({ex.Message}); it was not trusted.", transient: true, ex);
        }
    }
}
