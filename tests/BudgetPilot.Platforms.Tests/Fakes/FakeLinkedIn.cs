using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BudgetPilot.Platforms.Tests.Fakes;

/// <summary>
/// LinkedIn's versioned REST API: requires LinkedIn-Version and X-Restli-Protocol-Version, pages campaign
/// search with nextPageToken, answers PARTIAL_UPDATE with 204, throttles with 429 and serviceErrorCode.
/// </summary>
public sealed class FakeLinkedIn(TimeProvider time) : FakeApi(time)
{
    public const string Account = "789";
    public const string Token = "li-token";

    private readonly ConcurrentDictionary<string, int> applied = new();
    private readonly Lock gate = new();

    public sealed class FakeCampaign(long id, string name, string amount, string status)
    {
        public long Id => id;
        public string Name => name;
        public string Amount { get; set; } = amount;
        public string Status { get; set; } = status;
    }

    public string Currency { get; set; } = "USD";

    public Dictionary<long, FakeCampaign> Campaigns { get; } = [];

    public List<(DateOnly Day, string Json)> Analytics { get; } = [];

    public int TotalApplied => applied.Values.Sum();

    public int AppliedCount(long campaignId, string value) => applied.GetValueOrDefault($"{campaignId}={value}");

    public void AddCampaign(long id, string name, string amount, string status = "ACTIVE") => Campaigns[id] = new FakeCampaign(id, name, amount, status);

    public void AddDay(long campaignId, DateOnly day, string cost) => Analytics.Add((day, JsonSerializer.Serialize(new
    {
        costInLocalCurrency = cost,
        impressions = 1500,
        clicks = 30,
        externalWebsiteConversions = 2,
        conversionValueInLocalCurrency = "200.0",
        dateRange = new { start = new { year = day.Year, month = day.Month, day = day.Day }, end = new { year = day.Year, month = day.Month, day = day.Day } },
        pivotValues = new[] { $"urn:li:sponsoredCampaign:{campaignId}" },
    })));

    protected override async Task HandleAsync(HttpContext context, string body, Fault fault)
    {
        if (context.Request.Headers.Authorization != $"Bearer {Token}")
        {
            await JsonAsync(context, 401, """{"serviceErrorCode":65601,"message":"The token used in the request has been revoked by the user","status":401}""");
            return;
        }

        if (string.IsNullOrEmpty(context.Request.Headers["LinkedIn-Version"]) || context.Request.Headers["X-Restli-Protocol-Version"] != "2.0.0")
        {
            await JsonAsync(context, 426, """{"serviceErrorCode":0,"message":"Requested version is not active","status":426}""");
            return;
        }

        switch (fault)
        {
            case Fault.ServerError:
                await JsonAsync(context, 503, """{"message":"Service unavailable","status":503}""");
                return;
            case Fault.Throttle or Fault.LongQuota:
                await JsonAsync(context, 429, """{"serviceErrorCode":101,"message":"Resource level throttle limit for calls to this resource is reached.","status":429}""");
                return;
        }

        var path = context.Request.Path.Value ?? "";
        var segments = path.Trim('/').Split('/');
        if (context.Request.Method == "POST" && context.Request.Headers["X-RestLi-Method"] == "PARTIAL_UPDATE" && long.TryParse(segments[^1], CultureInfo.InvariantCulture, out var target))
        {
            await Patch(context, target, JsonNode.Parse(body)!, fault);
        }
        else if (path.EndsWith($"/adAccounts/{Account}", StringComparison.Ordinal))
        {
            await JsonAsync(context, 200, $$"""{"id":{{Account}},"currency":"{{Currency}}","status":"ACTIVE"}""");
        }
        else if (path.EndsWith("/adCampaigns", StringComparison.Ordinal))
        {
            var start = int.TryParse(context.Request.Query["pageToken"], CultureInfo.InvariantCulture, out var s) ? s : 0;
            List<string> page;
            bool more;
            lock (gate)
            {
                var all = Campaigns.Values.Where(c => c.Status is "ACTIVE" or "PAUSED").ToList();
                page = [.. all.Skip(start).Take(2).Select(Json)];
                more = start + 2 < all.Count;
            }

            var meta = more ? $$"""{"nextPageToken":"{{start + 2}}"}""" : "{}";
            await JsonAsync(context, 200, $$"""{"elements":[{{string.Join(",", page)}}],"metadata":{{meta}}}""");
        }
        else if (segments.Length >= 2 && segments[^2] == "adCampaigns" && long.TryParse(segments[^1], CultureInfo.InvariantCulture, out var id) && Campaigns.TryGetValue(id, out var one))
        {
            await JsonAsync(context, 200, Json(one));
        }
        else if (path.EndsWith("/adAnalytics", StringComparison.Ordinal))
        {
            await JsonAsync(context, 200, $$"""{"paging":{"start":0,"count":10,"links":[]},"elements":[{{string.Join(",", Analytics.Select(a => a.Json))}}]}""");
        }
        else
        {
            await JsonAsync(context, 404, """{"serviceErrorCode":100,"message":"Not found","status":404}""");
        }
    }

    private async Task Patch(HttpContext context, long id, JsonNode body, Fault fault)
    {
        var set = body["patch"]?["$set"];
        lock (gate)
        {
            if (Campaigns.TryGetValue(id, out var c))
            {
                if (set?["dailyBudget"]?["amount"]?.GetValue<string>() is { } amount)
                {
                    c.Amount = amount;
                    applied.AddOrUpdate($"{id}={amount}", 1, (_, n) => n + 1);
                }

                if (set?["status"]?.GetValue<string>() is { } status)
                {
                    c.Status = status;
                    applied.AddOrUpdate($"{id}={status}", 1, (_, n) => n + 1);
                }
            }
        }

        if (fault == Fault.LostReply)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = 204;
    }

    private string Json(FakeCampaign c) => JsonSerializer.Serialize(new
    {
        id = c.Id,
        account = $"urn:li:sponsoredAccount:{Account}",
        name = c.Name,
        status = c.Status,
        dailyBudget = new { amount = c.Amount, currencyCode = Currency },
        runSchedule = new { start = 1735689600000L },
    });
}
