using BudgetPilot.Ai.Tests.Fakes;
using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Ai.Tests;

/// <summary>The real OpenAI SDK pointed at a loopback OpenAI-compatible server (as Ollama or vLLM would be).</summary>
public sealed class OpenAiCompatibleEngineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_good_reply_from_a_compatible_server_becomes_a_proposal()
    {
        await using var server = await FakeLlmServer.StartAsync(Scenario.Good());
        var options = Scenario.Options(AiProvider.OpenAI, new Uri(server.BaseUrl, "v1/"));

        var report = await Scenario.Engine(options).DecideAsync(Scenario.Context, Ct);

        var action = Assert.Single(report.ImmediateActions);
        Assert.Equal((Scenario.Spark.Campaign.Id, 600m), (action.Campaign, action.NewBudget!.Value));
        Assert.Equal((1500, 400), (report.Ai!.Usage.InputTokens, report.Ai.Usage.OutputTokens));
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("llama3.1", request.Body["model"]!.GetValue<string>());
        Assert.Equal("json_object", request.Body["response_format"]?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task Hallucinated_ids_and_over_budget_proposals_are_dropped()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmServer.Text(Scenario.Reply(
            Scenario.Action(Scenario.Winter, "PAUSE", null, id: "12345"),
            Scenario.Action(Scenario.Brand, "INCREASE_BUDGET", 12_000m))));

        var report = await Scenario.Engine(Scenario.Options(AiProvider.OpenAI, new Uri(server.BaseUrl, "v1/"))).DecideAsync(Scenario.Context, Ct);

        Assert.Empty(report.ImmediateActions);
        Assert.Collection(
            report.Ai!.Dropped,
            d => Assert.Contains("Unknown campaign id '12345'", d.Reason, StringComparison.Ordinal),
            d => Assert.Contains("over the total daily budget", d.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_from_a_compatible_server_fails_the_call_cleanly()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmServer.Error(429, "rate_limit_exceeded", "Rate limit reached", RetryAfter: "20"));

        var report = await Scenario.Engine(Scenario.Options(AiProvider.OpenAI, new Uri(server.BaseUrl, "v1/"))).DecideAsync(Scenario.Context, Ct);

        Assert.Empty(report.ImmediateActions);
        Assert.Equal(AiCallStatus.Failed, report.Ai!.Status);
        Assert.Contains("429", report.Ai.Summary, StringComparison.Ordinal);
    }
}
