using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace BudgetPilot.Platforms.Tests.Fakes;

/// <summary>
/// Google Ads REST as the adapter sees it: searchStream answers a JSON array of batches (int64 as strings,
/// micros), the mutate services take updateMask operations, errors use Google's envelope (array-wrapped on
/// the stream), and every applied write is counted per resource and value.
/// </summary>
public sealed partial class FakeGoogleAds(TimeProvider time) : FakeApi(time)
{
    public const string Customer = "1234567890";

    private readonly ConcurrentDictionary<string, int> applied = new();
    private readonly Lock gate = new();

    public sealed record Row(string Date, string Json);

    public sealed class FakeCampaign(string id, string name, string status, string budgetId)
    {
        public string Id => id;
        public string Name => name;
        public string Status { get; set; } = status;
        public string BudgetId => budgetId;
    }

    public sealed class FakeBudget(string id, long micros, bool shared, int references)
    {
        public string Id => id;
        public long AmountMicros { get; set; } = micros;
        public bool Shared => shared;
        public int References => references;
    }

    public string Currency { get; set; } = "USD";

    public string TimeZone { get; set; } = "UTC";

    /// <summary>How the last stream named a campaign's start: v23 renamed startDate to startDateTime.</summary>
    private string StartKey { get; set; } = "startDateTime";

    public Dictionary<string, FakeCampaign> Campaigns { get; } = [];

    public Dictionary<string, FakeBudget> Budgets { get; } = [];

    public List<Row> MetricRows { get; } = [];

    public int TotalApplied => applied.Values.Sum();

    public int AppliedCount(string resource, string value) => applied.GetValueOrDefault($"{resource}={value}");

    public void AddCampaign(string id, string name, decimal dailyBudget, string status = "ENABLED", string? budgetId = null, bool shared = false, int references = 1)
    {
        budgetId ??= "9" + id;
        Budgets.TryAdd(budgetId, new FakeBudget(budgetId, (long)(dailyBudget * 1_000_000m), shared, references));
        Campaigns[id] = new FakeCampaign(id, name, status, budgetId);
    }

    public void AddHour(string campaignId, DateOnly date, int hour, decimal cost, long impressions = 1000, long clicks = 40, double conversions = 3, double value = 150.5) =>
        MetricRows.Add(new Row(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Fill("""{"campaign":{"resourceName":"customers/@@0@@/campaigns/@@1@@","id":"@@1@@"},"metrics":{"costMicros":"@@2@@","impressions":"@@3@@","clicks":"@@4@@","conversions":@@5@@,"conversionsValue":@@6@@},"segments":{"date":"@@7@@","hour":@@8@@}}""", Customer, campaignId, (long)(cost * 1_000_000m), impressions, clicks, conversions, value, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hour)));

    protected override async Task HandleAsync(HttpContext context, string body, Fault fault)
    {
        var path = context.Request.Path.Value ?? "";
        if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal) || string.IsNullOrEmpty(context.Request.Headers["developer-token"]))
        {
            await JsonAsync(context, 401, """{"error":{"code":401,"message":"Request is missing required authentication credential.","status":"UNAUTHENTICATED"}}""");
            return;
        }

        if (!path.StartsWith("/v", StringComparison.Ordinal) || !path.Contains($"/customers/{Customer}/", StringComparison.Ordinal))
        {
            await JsonAsync(context, 404, """{"error":{"code":404,"message":"Not found.","status":"NOT_FOUND"}}""");
            return;
        }

        var stream = path.EndsWith("googleAds:searchStream", StringComparison.Ordinal);
        switch (fault)
        {
            case Fault.ServerError:
                await JsonAsync(context, 503, """{"error":{"code":503,"message":"The service is currently unavailable.","status":"UNAVAILABLE"}}""");
                return;
            case Fault.Throttle or Fault.LongQuota:
                var error = Quota(fault == Fault.Throttle ? "30s" : "40000s");
                await JsonAsync(context, 429, stream ? $"[{error}]" : error);
                return;
        }

        if (stream)
        {
            var query = JsonNode.Parse(body)?["query"]?.GetValue<string>() ?? "";
            var modern = int.Parse(path[2..path.IndexOf('/', 1)], CultureInfo.InvariantCulture) >= 23;
            if (modern ? Regex.IsMatch(query, @"campaign\.start_date(?!_time)") : query.Contains("campaign.start_date_time", StringComparison.Ordinal))
            {
                await JsonAsync(context, 400, """{"error":{"code":400,"message":"Request contains an invalid argument.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.ads.googleads.v21.errors.GoogleAdsFailure","errors":[{"errorCode":{"queryError":"UNRECOGNIZED_FIELD"},"message":"Unrecognized field in the query: 'campaign.start_date'."}]}]}}""");
                return;
            }

            StartKey = modern ? "startDateTime" : "startDate";
            await JsonAsync(context, 200, Search(query));
            return;
        }

        await MutateAsync(context, path, body, fault);
    }

    private async Task MutateAsync(HttpContext context, string path, string body, Fault fault)
    {
        var update = JsonNode.Parse(body)?["operations"]?[0]?["update"];
        var resource = update?["resourceName"]?.GetValue<string>() ?? "";
        if (fault == Fault.PartialFailure)
        {
            await JsonAsync(context, 200, """{"results":[{}],"partialFailureError":{"code":3,"message":"Multiple errors in 'details'. First error: Too low.","details":[{"@type":"type.googleapis.com/google.ads.googleads.v21.errors.GoogleAdsFailure","errors":[{"errorCode":{"rangeError":"TOO_LOW"},"message":"Too low.","location":{"fieldPathElements":[{"fieldName":"operations","index":0}]}}]}]}}""");
            return;
        }

        lock (gate)
        {
            var id = resource[(resource.LastIndexOf('/') + 1)..];
            if (path.EndsWith("campaignBudgets:mutate", StringComparison.Ordinal) && Budgets.TryGetValue(id, out var budget))
            {
                var micros = update?["amountMicros"]?.GetValue<string>() ?? "";
                budget.AmountMicros = long.Parse(micros, CultureInfo.InvariantCulture);
                applied.AddOrUpdate($"{resource}={micros}", 1, (_, n) => n + 1);
            }
            else if (path.EndsWith("campaigns:mutate", StringComparison.Ordinal) && Campaigns.TryGetValue(id, out var campaign))
            {
                campaign.Status = update?["status"]?.GetValue<string>() ?? campaign.Status;
                applied.AddOrUpdate($"{resource}={campaign.Status}", 1, (_, n) => n + 1);
            }
            else
            {
                context.Response.StatusCode = 400;
            }
        }

        if (fault == Fault.LostReply)
        {
            context.Abort();
            return;
        }

        await (context.Response.StatusCode == 400
            ? JsonAsync(context, 400, Fill("""{"error":{"code":400,"message":"Request contains an invalid argument.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.ads.googleads.v21.errors.GoogleAdsFailure","errors":[{"errorCode":{"mutateError":"RESOURCE_NOT_FOUND"},"message":"Resource was not found: @@0@@"}]}]}}""", resource))
            : JsonAsync(context, 200, Fill("""{"results":[{"resourceName":"@@0@@"}]}""", resource)));
    }

    private string Search(string query)
    {
        List<string> results;
        lock (gate)
        {
            if (query.Contains("FROM customer", StringComparison.Ordinal))
            {
                results = [Fill("""{"customer":{"resourceName":"customers/@@0@@","currencyCode":"@@1@@","timeZone":"@@2@@"}}""", Customer, Currency, TimeZone)];
            }
            else if (Between().Match(query) is { Success: true } range)
            {
                var (from, to) = (range.Groups[1].Value, range.Groups[2].Value);
                results = [.. MetricRows.Where(r => string.CompareOrdinal(r.Date, from) >= 0 && string.CompareOrdinal(r.Date, to) <= 0).Select(r => r.Json)];
            }
            else
            {
                var one = CampaignIdFilter().Match(query);
                results = [.. Campaigns.Values
                    .Where(c => one.Success ? c.Id == one.Groups[1].Value : c.Status != "REMOVED")
                    .Select(CampaignJson)];
            }
        }

        // Two results per batch, so that readers must walk several batches.
        var batches = results.Chunk(2).Select(chunk => Fill("""{"results":[@@0@@],"fieldMask":"campaign.id","requestId":"req@@1@@"}""", string.Join(",", chunk), chunk.Length));
        return $"[{string.Join(",", batches)}]";
    }

    private string CampaignJson(FakeCampaign c)
    {
        var b = Budgets[c.BudgetId];
        return Fill("""{"campaign":{"resourceName":"customers/@@0@@/campaigns/@@1@@","id":"@@2@@","name":@@3@@,"status":"@@4@@","@@10@@":"2025-01-01 00:00:00"},"campaignBudget":{"resourceName":"customers/@@5@@/campaignBudgets/@@6@@","amountMicros":"@@7@@","explicitlyShared":@@8@@,"referenceCount":"@@9@@"}}""", Customer, c.Id, c.Id, JsonSerializer.Serialize(c.Name), c.Status, Customer, b.Id, b.AmountMicros, (b.Shared ? "true" : "false"), b.References, StartKey);
    }

    private static string Quota(string delay) =>
        Fill("""{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.ads.googleads.v21.errors.GoogleAdsFailure","errors":[{"errorCode":{"quotaError":"RESOURCE_EXHAUSTED"},"message":"Too many requests. Retry in @@0@@.","details":{"quotaErrorDetails":{"rateScope":"DEVELOPER","rateName":"Number of operations for basic access","retryDelay":"@@0@@"}}}],"requestId":"xN_KaZRHZuU6Rlgt3cM2uQ"}]}}""", delay);

    private static string Fill(string template, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            template = template.Replace($"@@{i}@@", Convert.ToString(values[i], CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return template;
    }

    [GeneratedRegex(@"BETWEEN '([0-9-]+)' AND '([0-9-]+)'")]
    private static partial Regex Between();

    [GeneratedRegex(@"campaign\.id = (\d+)")]
    private static partial Regex CampaignIdFilter();
}
