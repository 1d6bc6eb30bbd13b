using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BudgetPilot.Platforms.Tests.Fakes;

/// <summary>
/// TikTok Business API v1.3: Access-Token header (Bearer refused with 40105), JSON-encoded GET parameters,
/// errors and the 40100 rate limit inside HTTP 200, page/total_page paging, string metrics.
/// </summary>
public sealed class FakeTikTok(TimeProvider time) : FakeApi(time)
{
    public const string Advertiser = "7000000000000000001";
    public const string Token = "tt-token";

    private readonly ConcurrentDictionary<string, int> applied = new();
    private readonly Lock gate = new();

    public sealed class FakeCampaign(string id, string name, decimal budget, string status)
    {
        public string Id => id;
        public string Name => name;
        public decimal Budget { get; set; } = budget;
        public string Status { get; set; } = status;
    }

    public int PageSize { get; set; } = 2;

    public string Currency { get; set; } = "USD";

    /// <summary>advertiser/info/'s timezone (an IANA name) and display_timezone.</summary>
    public string TimeZone { get; set; } = "Etc/UTC";

    public string? DisplayTimeZone { get; set; }

    public Dictionary<string, FakeCampaign> Campaigns { get; } = [];

    public List<(string Date, string Json)> Report { get; } = [];

    public int TotalApplied => applied.Values.Sum();

    public int AppliedCount(string campaignId, string value) => applied.GetValueOrDefault($"{campaignId}={value}");

    public void AddCampaign(string id, string name, decimal budget, string status = "ENABLE") => Campaigns[id] = new FakeCampaign(id, name, budget, status);

    public void AddHour(string campaignId, DateOnly date, int hour, string spend, string conversions = "2", string roas = "1.50") =>
        Report.Add((date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), JsonSerializer.Serialize(new
        {
            dimensions = new { campaign_id = campaignId, stat_time_hour = $"{date:yyyy-MM-dd} {hour:00}:00:00" },
            metrics = new { spend, impressions = "1000", clicks = "20", conversion = conversions, complete_payment_roas = roas },
        })));

    protected override async Task HandleAsync(HttpContext context, string body, Fault fault)
    {
        var token = context.Request.Headers["Access-Token"].ToString();
        if (token != Token)
        {
            await Envelope(context, 40105, "The access token is invalid or has been revoked.", "null");
            return;
        }

        switch (fault)
        {
            case Fault.ServerError:
                await Envelope(context, 50000, "System error, please try again later.", "null");
                return;
            case Fault.Throttle or Fault.LongQuota:
                await Envelope(context, 40100, "Due to too many requests, requests from App 123 are temporarily restricted.", "null");
                return;
        }

        var path = context.Request.Path.Value ?? "";
        var query = context.Request.Query;
        if (query["advertiser_id"].Count > 0 && query["advertiser_id"] != Advertiser)
        {
            await Envelope(context, 40001, "No permission to operate advertiser.", "null");
            return;
        }

        if (path.EndsWith("/advertiser/info/", StringComparison.Ordinal))
        {
            // advertiser_ids is a JSON array; an advertiser the token cannot see is simply not listed.
            var ids = JsonSerializer.Deserialize<string[]>(query["advertiser_ids"].ToString()) ?? [];
            var rows = ids.Where(id => id == Advertiser).Select(id => JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["advertiser_id"] = id,
                ["name"] = "Fake advertiser",
                ["currency"] = Currency,
                ["timezone"] = TimeZone,
                ["display_timezone"] = DisplayTimeZone,
            }.Where(p => p.Value is not null).ToDictionary()));
            await Envelope(context, 0, "OK", $$"""{"list":[{{string.Join(",", rows)}}]}""");
        }
        else if (path.EndsWith("/campaign/get/", StringComparison.Ordinal))
        {
            List<FakeCampaign> rows;
            lock (gate)
            {
                var filter = query["filtering"].ToString();
                rows = [.. Campaigns.Values.Where(c => filter.Length == 0 || filter.Contains($"\"{c.Id}\"", StringComparison.Ordinal))];
            }

            await Page(context, [.. rows.Select(c => JsonSerializer.Serialize(new { campaign_id = c.Id, campaign_name = c.Name, advertiser_id = Advertiser, budget = c.Budget, budget_mode = "BUDGET_MODE_DAY", operation_status = c.Status, create_time = "2025-01-01 00:00:00" }))]);
        }
        else if (path.EndsWith("/report/integrated/get/", StringComparison.Ordinal))
        {
            var (from, to) = (query["start_date"].ToString(), query["end_date"].ToString());
            await Page(context, [.. Report.Where(r => string.CompareOrdinal(r.Date, from) >= 0 && string.CompareOrdinal(r.Date, to) <= 0).Select(r => r.Json)]);
        }
        else if (path.EndsWith("/campaign/update/", StringComparison.Ordinal) || path.EndsWith("/campaign/status/update/", StringComparison.Ordinal))
        {
            await Update(context, JsonNode.Parse(body)!, fault);
        }
        else
        {
            await Envelope(context, 40002, "Not found.", "null");
        }
    }

    private async Task Update(HttpContext context, JsonNode body, Fault fault)
    {
        lock (gate)
        {
            if (body["budget"] is { } budget && Campaigns.TryGetValue(body["campaign_id"]!.GetValue<string>(), out var c))
            {
                c.Budget = budget.GetValue<decimal>();
                applied.AddOrUpdate($"{c.Id}={c.Budget.ToString(CultureInfo.InvariantCulture)}", 1, (_, n) => n + 1);
            }

            if (body["operation_status"] is { } status)
            {
                foreach (var id in body["campaign_ids"]!.AsArray())
                {
                    if (Campaigns.TryGetValue(id!.GetValue<string>(), out var s))
                    {
                        s.Status = status.GetValue<string>();
                        applied.AddOrUpdate($"{s.Id}={s.Status}", 1, (_, n) => n + 1);
                    }
                }
            }
        }

        if (fault == Fault.LostReply)
        {
            context.Abort();
            return;
        }

        await Envelope(context, 0, "OK", "{}");
    }

    private Task Page(HttpContext context, List<string> rows)
    {
        var page = int.TryParse(context.Request.Query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
        var totalPages = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        var items = rows.Skip((page - 1) * PageSize).Take(PageSize);
        var info = JsonSerializer.Serialize(new { page, page_size = PageSize, total_number = rows.Count, total_page = totalPages });
        return Envelope(context, 0, "OK", $$"""{"list":[{{string.Join(",", items)}}],"page_info":{{info}}}""");
    }

    private static Task Envelope(HttpContext context, int code, string message, string data) =>
        JsonAsync(context, 200, $$"""{"code":{{code}},"message":{{JsonSerializer.Serialize(message)}},"request_id":"20250101123456ABCDEF","data":{{data}}}""");
}
