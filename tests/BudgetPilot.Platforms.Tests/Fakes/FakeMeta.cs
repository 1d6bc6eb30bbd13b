using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BudgetPilot.Platforms.Tests.Fakes;

/// <summary>
/// Meta's Graph API as the adapter sees it: every number a string, budgets in cents, cursor paging with
/// paging.next, errors in the body (throttles as HTTP 400 with X-Business-Use-Case-Usage), and every
/// applied write counted per campaign and value.
/// </summary>
public sealed class FakeMeta(TimeProvider time) : FakeApi(time)
{
    public const string Account = "act_123";
    public const string Token = "meta-token";

    private readonly ConcurrentDictionary<string, int> applied = new();
    private readonly Lock gate = new();

    public sealed class FakeCampaign(string id, string name, string status, long? dailyBudgetMinor)
    {
        public string Id => id;
        public string Name => name;
        public string Status { get; set; } = status;
        public long? DailyBudget { get; set; } = dailyBudgetMinor;
    }

    public sealed class FakeAdSet(string id, string campaignId, string status, long? dailyBudgetMinor, long? lifetimeBudgetMinor)
    {
        public string Id => id;
        public string CampaignId => campaignId;
        public string Status => status;
        public long? DailyBudget { get; set; } = dailyBudgetMinor;
        public long? LifetimeBudget => lifetimeBudgetMinor;
    }

    public sealed record Row(string Date, string Json);

    public Dictionary<string, FakeAdSet> AdSets { get; } = [];

    public void AddAdSet(string id, string campaignId, long? dailyBudgetCents, string status = "ACTIVE", long? lifetimeBudgetCents = null) =>
        AdSets[id] = new FakeAdSet(id, campaignId, status, dailyBudgetCents, lifetimeBudgetCents);

    public string Currency { get; set; } = "USD";

    public string TimeZone { get; set; } = "UTC";

    public int PageSize { get; set; } = 2;

    public Dictionary<string, FakeCampaign> Campaigns { get; } = [];

    public List<Row> Insights { get; } = [];

    public int TotalApplied => applied.Values.Sum();

    public int AppliedCount(string campaignId, string value) => applied.GetValueOrDefault($"{campaignId}={value}");

    public void AddCampaign(string id, string name, long? dailyBudgetCents, string status = "ACTIVE") => Campaigns[id] = new FakeCampaign(id, name, status, dailyBudgetCents);

    public void AddHour(string campaignId, DateOnly date, int hour, string spend, string purchases = "2", string value = "120.50") =>
        Insights.Add(new Row(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["account_id"] = "123",
            ["campaign_id"] = campaignId,
            ["spend"] = spend,
            ["impressions"] = "1000",
            ["clicks"] = "41",
            ["actions"] = new[] { new { action_type = "link_click", value = "39" }, new { action_type = "omni_purchase", value = purchases }, new { action_type = "purchase", value = purchases } },
            ["action_values"] = new[] { new { action_type = "omni_purchase", value } },
            ["account_currency"] = Currency,
            ["date_start"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["date_stop"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["hourly_stats_aggregated_by_advertiser_time_zone"] = $"{hour:00}:00:00 - {hour:00}:59:59",
        })));

    protected override async Task HandleAsync(HttpContext context, string body, Fault fault)
    {
        // The base has read the body already; a POST's form is parsed from it.
        IFormCollection? form = context.Request.HasFormContentType ? new FormCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body)) : null;
        var token = context.Request.Query["access_token"].ToString();

        token = token.Length > 0 ? token : form?["access_token"].ToString() ?? "";
        if (token != Token)
        {
            await Error(context, 400, 190, "Invalid OAuth access token - Cannot parse access token", null);
            return;
        }

        switch (fault)
        {
            case Fault.ServerError:
                await Error(context, 500, 1, "An unknown error occurred", null, transient: true);
                return;
            case Fault.Throttle or Fault.LongQuota:
                context.Response.Headers["X-Business-Use-Case-Usage"] =
                    $$"""{"123":[{"type":"ads_management","call_count":100,"total_cputime":20,"total_time":20,"estimated_time_to_regain_access":{{(fault == Fault.Throttle ? 1 : 600)}},"ads_api_access_tier":"standard_access"}]}""";
                await Error(context, 400, 80004, "(#80004) There have been too many calls to this ad-account. Wait a bit and try again.", 2446079, transient: true);
                return;
        }

        var segments = (context.Request.Path.Value ?? "").Trim('/').Split('/');
        var node = segments.Length > 1 ? segments[1] : "";
        var edge = segments.Length > 2 ? segments[2] : null;
        if (node == Account && edge is null)
        {
            await JsonAsync(context, 200, JsonSerializer.Serialize(new { id = Account, currency = Currency, timezone_name = TimeZone }));
        }
        else if (node == Account && edge == "campaigns")
        {
            List<string> rows;
            lock (gate)
            {
                rows = [.. Campaigns.Values.Select(CampaignJson)];
            }

            await Page(context, rows);
        }
        else if (edge == "adsets" && (node == Account || Campaigns.ContainsKey(node)))
        {
            List<string> rows;
            lock (gate)
            {
                rows = [.. AdSets.Values.Where(a => node == Account || a.CampaignId == node).Select(AdSetJson)];
            }

            await Page(context, rows);
        }
        else if (node == Account && edge == "insights")
        {
            using var range = JsonDocument.Parse(context.Request.Query["time_range"].ToString());
            var since = range.RootElement.GetProperty("since").GetString()!;
            var until = range.RootElement.GetProperty("until").GetString()!;
            await Page(context, [.. Insights.Where(r => string.CompareOrdinal(r.Date, since) >= 0 && string.CompareOrdinal(r.Date, until) <= 0).Select(r => r.Json)]);
        }
        else if (context.Request.Method == "POST")
        {
            await Update(context, node, form, fault);
        }
        else if (AdSets.TryGetValue(node, out var adSet))
        {
            await JsonAsync(context, 200, AdSetJson(adSet));
        }
        else if (Campaigns.TryGetValue(node, out var campaign))
        {
            await JsonAsync(context, 200, CampaignJson(campaign));
        }
        else
        {
            await Error(context, 400, 100, $"Unsupported get request. Object with ID '{node}' does not exist", 33);
        }
    }

    private async Task Update(HttpContext context, string node, IFormCollection? form, Fault fault)
    {
        if (AdSets.TryGetValue(node, out var adSet) && form is not null && form.TryGetValue("daily_budget", out var adSetBudget))
        {
            if (fault == Fault.PartialFailure)
            {
                await Error(context, 400, 100, "Invalid parameter: the budget is too low for this ad set", 1885272);
                return;
            }

            lock (gate)
            {
                adSet.DailyBudget = long.Parse(adSetBudget.ToString(), CultureInfo.InvariantCulture);
                applied.AddOrUpdate($"{node}={adSetBudget}", 1, (_, n) => n + 1);
            }

            await JsonAsync(context, 200, """{"success":true}""");
            return;
        }

        if (!Campaigns.TryGetValue(node, out var campaign) || form is null)
        {
            await Error(context, 400, 100, "Invalid parameter", 33);
            return;
        }

        lock (gate)
        {
            if (form.TryGetValue("daily_budget", out var budget))
            {
                campaign.DailyBudget = long.Parse(budget.ToString(), CultureInfo.InvariantCulture);
                applied.AddOrUpdate($"{node}={budget}", 1, (_, n) => n + 1);
            }

            if (form.TryGetValue("status", out var status))
            {
                campaign.Status = status.ToString();
                applied.AddOrUpdate($"{node}={status}", 1, (_, n) => n + 1);
            }
        }

        if (fault == Fault.LostReply)
        {
            context.Abort();
            return;
        }

        await JsonAsync(context, 200, """{"success":true}""");
    }

    private async Task Page(HttpContext context, List<string> rows)
    {
        var after = int.TryParse(context.Request.Query["after"], CultureInfo.InvariantCulture, out var a) ? a : 0;
        var page = rows.Skip(after).Take(PageSize).ToList();
        var more = after + PageSize < rows.Count;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(context.Request.QueryString.Value);
        query["after"] = (after + PageSize).ToString(CultureInfo.InvariantCulture);
        var next = more ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"{BaseUrl.ToString().TrimEnd('/')}{context.Request.Path}", query) : null;
        var paging = $$"""{"cursors":{"before":"{{after}}","after":"{{after + PageSize}}"}{{(next is null ? "" : $",\"next\":{JsonSerializer.Serialize(next)}")}}}""";
        await JsonAsync(context, 200, $$"""{"data":[{{string.Join(",", page)}}],"paging":{{paging}}}""");
    }

    private static string CampaignJson(FakeCampaign c) => JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["id"] = c.Id,
        ["name"] = c.Name,
        ["status"] = c.Status,
        ["effective_status"] = c.Status,
        ["daily_budget"] = c.DailyBudget?.ToString(CultureInfo.InvariantCulture),
        ["start_time"] = "2025-01-01T00:00:00-0800",
    }.Where(p => p.Value is not null).ToDictionary());

    private static string AdSetJson(FakeAdSet a) => JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["id"] = a.Id,
        ["name"] = $"Ad set {a.Id}",
        ["campaign_id"] = a.CampaignId,
        ["status"] = a.Status,
        ["daily_budget"] = a.DailyBudget?.ToString(CultureInfo.InvariantCulture),
        ["lifetime_budget"] = a.LifetimeBudget?.ToString(CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null).ToDictionary());

    private static Task Error(HttpContext context, int status, int code, string message, int? subcode, bool transient = false) =>
        JsonAsync(context, status, JsonSerializer.Serialize(new
        {
            error = new Dictionary<string, object>
            {
                ["message"] = message,
                ["type"] = "OAuthException",
                ["code"] = code,
                ["error_subcode"] = subcode ?? 0,
                ["is_transient"] = transient,
                ["fbtrace_id"] = "EJplcsCHuLu",
            },
        }));
}
