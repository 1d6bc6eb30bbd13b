using System.Net.Http.Json;
using System.Text.Json;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

/// <summary>The acceptance case through the whole app: a hostile Anthropic reply moves no money, and /api/v1/ai says why.</summary>
public sealed class AiApiTests(HostileLlmWebApp app) : IClassFixture<HostileLlmWebApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_hostile_llm_reply_takes_no_action_and_the_api_says_why()
    {
        var before = await app.Stores.Audit.ListAsync("default", app.Time.GetUtcNow().AddDays(-30), app.Time.GetUtcNow().AddDays(1), Ct);

        var record = await app.RunCycleAsync();

        Assert.Single(app.Llm.Requests);
        var after = await app.Stores.Audit.ListAsync("default", app.Time.GetUtcNow().AddDays(-30), app.Time.GetUtcNow().AddDays(1), Ct);
        Assert.DoesNotContain(after.Skip(before.Count), e => e.ActionId?.StartsWith("llm-", StringComparison.Ordinal) == true);
        Assert.Contains("llm", record.Report!.Engine, StringComparison.Ordinal);

        using var client = await app.LoginAsync("viewer");
        var ai = await client.GetFromJsonAsync<JsonElement>(new Uri("api/v1/ai", UriKind.Relative), Ct);
        Assert.True(ai.GetProperty("connected").GetBoolean());
        var latest = ai.GetProperty("latest");
        var reasons = latest.GetProperty("dropped").EnumerateArray().Select(d => d.GetProperty("reason").GetString()!).ToList();
        Assert.Equal(3, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("Unknown campaign id 'meta_ads:does-not-exist'", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("150000 is over the total daily budget 50000", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("confidence 1.7 is outside 0–1", StringComparison.Ordinal));
        Assert.Equal(0, latest.GetProperty("accepted").GetInt32());
        Assert.Equal(2100, latest.GetProperty("inputTokens").GetInt64());
        Assert.Equal((2100 * 3m + 350 * 15m) / 1_000_000m, latest.GetProperty("cost").GetDecimal());
    }
}
