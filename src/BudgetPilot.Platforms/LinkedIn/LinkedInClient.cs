using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Execution;
using BudgetPilot.Platforms.Resilience;

namespace BudgetPilot.Platforms.LinkedIn;

/// <summary>The Rest.li 2.0 wire: version headers, GETs with literal List(..) syntax, PARTIAL_UPDATE posts answered 204.</summary>
public sealed class LinkedInClient(IHttpClientFactory factory, LinkedInOptions options)
{
    public const string HttpClientName = "linkedin_ads";

    /// <summary>GET a resource; null on 404.</summary>
    public async Task<JsonElement?> GetAsync(string pathAndQuery, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.BaseUrl, pathAndQuery));
        var (doc, status) = await SendAsync(request, what, cancellationToken);
        using (doc)
        {
            return status == HttpStatusCode.NotFound || doc is null ? null : doc.RootElement.Clone();
        }
    }

    public async Task PartialUpdateAsync(string path, JsonObject set, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl, path))
        {
            Content = JsonContent.Create(new JsonObject { ["patch"] = new JsonObject { ["$set"] = set } }),
        };
        request.Headers.Add("X-RestLi-Method", "PARTIAL_UPDATE");
        request.Options.Set(PlatformResilience.IsWrite, true);
        var (doc, status) = await SendAsync(request, what, cancellationToken);
        doc?.Dispose();
        if (status == HttpStatusCode.NotFound)
        {
            throw new PlatformException(Platform.LinkedInAds, $"{what}: the campaign does not exist.", transient: false);
        }
    }

    private async Task<(JsonDocument? Doc, HttpStatusCode Status)> SendAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        request.Headers.Add("LinkedIn-Version", options.ApiVersion);
        request.Headers.Add("X-Restli-Protocol-Version", "2.0.0");
        using var response = await PlatformCall.SendAsync(factory.CreateClient(HttpClientName), Platform.LinkedInAds, request, what, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return (null, response.StatusCode);
        }

        if (LinkedInErrors.Classify(response, body) is { } hint)
        {
            throw new PlatformException(Platform.LinkedInAds, $"{what} failed: {hint.Reason}", transient: hint.Transient);
        }

        try
        {
            return (body.Length == 0 ? null : JsonDocument.Parse(body), response.StatusCode);
        }
        catch (JsonException ex)
        {
            throw new PlatformException(Platform.LinkedInAds, $"{what}: the reply was not valid JSON ({ex.Message}); it was not trusted.", transient: true, ex);
        }
    }
}
