using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

public sealed class DashboardApiTests(WebTestApp app) : IClassFixture<WebTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> GetAsync(string path)
    {
        using var client = await app.LoginAsync("viewer");
        return await client.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative), Ct);
    }

    [Fact]
    public async Task Overview_SeedMorning_ShowsBudgetLinesAndAttention()
    {
        var o = await GetAsync("api/v1/overview");

        Assert.Equal(50000m, o.GetProperty("totalBudget").GetDecimal());
        Assert.Equal(11950m, o.GetProperty("allocated").GetProperty("amount").GetDecimal());
        Assert.Equal(38050m, o.GetProperty("reserve").GetProperty("amount").GetDecimal());
        Assert.True(o.GetProperty("spentToday").GetProperty("amount").GetDecimal() > 0m);
        Assert.Equal("ATTENTION", o.GetProperty("status").GetString());
        Assert.True(o.GetProperty("simulated").GetBoolean());
        Assert.Equal("viewer", o.GetProperty("manager").GetString());
    }

    [Fact]
    public async Task Activity_Last24h_ListsOvernightPauseWithSavingsAndConfidence()
    {
        var a = await GetAsync("api/v1/activity");

        Assert.Equal(2, a.GetProperty("actionsTaken").GetInt32());
        Assert.Equal(1, a.GetProperty("pendingApprovals").GetInt32());
        Assert.Equal(4, a.GetProperty("campaignsMonitored").GetInt32());
        var pause = a.GetProperty("recentActions").EnumerateArray().Single(x => x.GetProperty("action").GetString() == "Pause");
        Assert.Equal("Paused 'Meta – Winter Promo'", pause.GetProperty("what").GetString());
        Assert.Equal(800m, pause.GetProperty("savingsPerDay").GetDecimal());
        Assert.Equal(0.94, pause.GetProperty("confidence").GetDouble());
    }

    [Fact]
    public async Task Audit_FilteredByKindAndPaged_ReturnsOnlyThatKind()
    {
        var page = await GetAsync("api/v1/audit?kind=Outcome&pageSize=1&page=2");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Outcome", item.GetProperty("kind").GetString());
        Assert.Equal("Meta – Winter Promo", item.GetProperty("campaignName").GetString());
    }

    [Fact]
    public async Task Audit_ByCampaignName_FiltersAndUnknownKindIs400()
    {
        var page = await GetAsync("api/v1/audit?campaign=summer");
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("meta_ads:summer", i.GetProperty("campaign").GetString()));

        using var client = await app.LoginAsync("viewer");
        using var bad = await client.GetAsync(new Uri("api/v1/audit?kind=Nope", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Approvals_Pending_RankedWithTimeLeftAndChange()
    {
        var list = await GetAsync("api/v1/approvals");

        var r = Assert.Single(list.EnumerateArray());
        Assert.Equal(0.4m, r.GetProperty("changeFraction").GetDecimal());
        Assert.Equal(3 * 3600, r.GetProperty("secondsLeft").GetInt32());
        Assert.Contains("+40%", r.GetProperty("whyApprovalNeeded").GetString() + " +40%", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_BySeverity_CarryTheGracePauseButtons()
    {
        var alerts = (await GetAsync("api/v1/alerts")).EnumerateArray().ToList();

        Assert.Equal("High", alerts[0].GetProperty("severity").GetString());
        Assert.Equal(DemoState.GraceId, alerts[0].GetProperty("graceId").GetGuid());
        Assert.Equal("Medium", alerts[1].GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, alerts[1].GetProperty("graceId").ValueKind);
    }

    [Fact]
    public async Task Campaign_Detail_HasDailySeriesAndActions()
    {
        var d = await GetAsync("api/v1/campaigns/meta_ads:winter");

        Assert.True(d.GetProperty("days").GetArrayLength() >= 10);
        Assert.Contains(d.GetProperty("actions").EnumerateArray(), a => a.GetProperty("what").GetString() == "Paused 'Meta – Winter Promo'");
        Assert.Equal(5, (await GetAsync("api/v1/campaigns")).GetArrayLength());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("reportedBudget").ValueKind);
    }

    [Fact]
    public async Task Campaign_Detail_InAnotherCurrency_ShowsTheOriginalBudgetAndTheRate()
    {
        var d = await GetAsync("api/v1/campaigns/linkedin_ads:b2b");

        var reported = d.GetProperty("reportedBudget");
        Assert.Equal(1851.85m, reported.GetProperty("dailyBudget").GetDecimal());
        Assert.Equal("EUR", reported.GetProperty("conversion").GetProperty("fromCurrency").GetString());
        Assert.Equal(1.08m, reported.GetProperty("conversion").GetProperty("rate").GetDecimal());
        Assert.Equal("currency_rates", reported.GetProperty("conversion").GetProperty("source").GetString());
    }

    [Fact]
    public async Task Chat_WhyPaused_AnswersFromTheAuditLogWithNumbers()
    {
        using var client = await app.LoginAsync("viewer");
        using var response = await client.PostAsJsonAsync(new Uri("api/v1/chat", UriKind.Relative), new { question = "Why did you pause the Meta Winter campaign?" }, Ct);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var text = string.Join("\n", answer.GetProperty("lines").EnumerateArray().Select(l => l.GetString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Paused 'Meta – Winter Promo'", text, StringComparison.Ordinal);
        Assert.Contains("ROAS 1.3 below 1.5", text, StringComparison.Ordinal);
        Assert.Contains("TikTok – Viral Series", text, StringComparison.Ordinal);
        Assert.Contains("94%", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_PlatformRoasThisWeek_AnswersFromMetrics()
    {
        using var client = await app.LoginAsync("viewer");
        using var response = await client.PostAsJsonAsync(new Uri("api/v1/chat", UriKind.Relative), new { question = "What is TikTok's ROAS this week?" }, Ct);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("metrics", answer.GetProperty("source").GetString());
        Assert.StartsWith("TikTok", answer.GetProperty("lines")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("ROAS over the last 7 days: 5.", answer.GetProperty("lines")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheApi()
    {
        using var client = app.Anonymous();
        var doc = await client.GetStringAsync(new Uri("openapi/v1.json", UriKind.Relative), Ct);

        Assert.Contains("/api/v1/approvals/{id}/approve", doc, StringComparison.Ordinal);
        Assert.Contains("/api/v1/overview", doc, StringComparison.Ordinal);
    }
}
