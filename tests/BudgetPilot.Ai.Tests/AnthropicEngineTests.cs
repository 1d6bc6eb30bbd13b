using BudgetPilot.Ai.Tests.Fakes;
using BudgetPilot.Core.Decisions;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Ai.Tests;

/// <summary>The real Anthropic SDK against a loopback server speaking the Messages API.</summary>
public sealed class AnthropicEngineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_good_reply_becomes_proposals_with_tokens_and_cost_recorded()
    {
        await using var server = await FakeLlmServer.StartAsync(Scenario.Good());
        var options = Scenario.Options(AiProvider.Anthropic, server.BaseUrl);

        var report = await Scenario.Engine(options).DecideAsync(Scenario.Context, Ct);

        var action = Assert.Single(report.ImmediateActions);
        Assert.Equal(Scenario.Spark.Campaign.Id, action.Campaign);
        Assert.Equal(ActionType.IncreaseBudget, action.Type);
        Assert.Equal(600m, action.NewBudget);
        Assert.Equal("llm", action.Engine);
        var note = report.Ai!;
        Assert.Equal(AiCallStatus.Answered, note.Status);
        Assert.Equal(OverallHealth.Fair, note.OverallHealth);
        Assert.Equal((1500, 400), (note.Usage.InputTokens, note.Usage.OutputTokens));
        Assert.Equal(options.CostOf(1500, 400), note.Usage.Cost);
        Assert.Equal(0.0105m, note.Usage.Cost);
        Assert.Contains("Winter demand may lift Meta next week", note.RisksAndCaveats);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/messages", request.Path);
        Assert.Equal(AiOptions.DefaultAnthropicModel, request.Body["model"]!.GetValue<string>());
        Assert.Contains("=== CANDIDATES FROM THE DETERMINISTIC RULES ===", request.Body.ToJsonString());
        Assert.Contains("meta_ads:winter-promo", request.Body.ToJsonString());
        Assert.NotNull(request.ApiKey);
    }

    [Fact]
    public async Task A_hostile_reply_proposes_nothing_and_says_why_for_each_decision()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmServer.Text(Scenario.Hostile()));

        var report = await Scenario.Engine(Scenario.Options(AiProvider.Anthropic, server.BaseUrl)).DecideAsync(Scenario.Context, Ct);

        Assert.Empty(report.ImmediateActions);
        var dropped = report.Ai!.Dropped;
        Assert.Equal(3, dropped.Count);
        Assert.Contains(dropped, d => d.Reason.Contains("Unknown campaign id 'meta_ads:does-not-exist'", StringComparison.Ordinal));
        Assert.Contains(dropped, d => d.Reason.Contains("new budget 30000 is over the total daily budget 10000", StringComparison.Ordinal));
        Assert.Contains(dropped, d => d.Reason.Contains("confidence 1.7 is outside 0–1", StringComparison.Ordinal));
        Assert.Equal(0, report.Ai.Accepted);
    }

    [Fact]
    public async Task Malformed_json_drops_the_whole_reply()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmServer.Text("{\"overall_health\": \"GOOD\", \"immediate_actions\": [ {\"campaign_id\": "));

        var report = await Scenario.Engine(Scenario.Options(AiProvider.Anthropic, server.BaseUrl)).DecideAsync(Scenario.Context, Ct);

        Assert.Empty(report.ImmediateActions);
        Assert.Equal(AiCallStatus.Failed, report.Ai!.Status);
        Assert.Contains("not valid JSON", report.Ai.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_limit_429_leaves_the_deterministic_decisions_alone()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmServer.Error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit", RetryAfter: "30"));

        var report = await Scenario.Engine(Scenario.Options(AiProvider.Anthropic, server.BaseUrl)).DecideAsync(Scenario.Context, Ct);

        Assert.Empty(report.ImmediateActions);
        Assert.Equal(AiCallStatus.Failed, report.Ai!.Status);
        Assert.Contains("rate limited (429)", report.Ai.Summary, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Overloaded_529_is_reported_as_such()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmServer.Error(529, "overloaded_error", "Overloaded"));

        var report = await Scenario.Engine(Scenario.Options(AiProvider.Anthropic, server.BaseUrl)).DecideAsync(Scenario.Context, Ct);

        Assert.Empty(report.ImmediateActions);
        Assert.Contains("overloaded (529)", report.Ai!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overload_then_an_answer_is_retried_by_the_sdk_when_retries_are_allowed()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmServer.Error(529, "overloaded_error", "Overloaded", RetryAfter: "0"), Scenario.Good());
        var options = Scenario.Options(AiProvider.Anthropic, server.BaseUrl) with { MaxRetries = 1 };

        var report = await Scenario.Engine(options).DecideAsync(Scenario.Context, Ct);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(AiCallStatus.Answered, report.Ai!.Status);
        Assert.Single(report.ImmediateActions);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_on_the_engines_clock()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmServer.Hang());
        var time = new FakeTimeProvider(Scenario.Context.Now);
        var options = Scenario.Options(AiProvider.Anthropic, server.BaseUrl) with { Timeout = TimeSpan.FromSeconds(20) };

        var deciding = Scenario.Engine(options, time).DecideAsync(Scenario.Context, Ct);
        await server.Hanging.Task.WaitAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(21));
        var report = await deciding;

        Assert.Empty(report.ImmediateActions);
        Assert.Equal(AiCallStatus.Failed, report.Ai!.Status);
        Assert.Contains("did not answer within 20 s", report.Ai.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prompt_that_would_not_fit_the_token_budget_is_not_sent()
    {
        await using var server = await FakeLlmServer.StartAsync(Scenario.Good());
        var options = Scenario.Options(AiProvider.Anthropic, server.BaseUrl) with { MaxTokensPerCycle = 1_000 };

        var report = await Scenario.Engine(options).DecideAsync(Scenario.Context, Ct);

        Assert.Empty(server.Requests);
        Assert.Equal(AiCallStatus.Skipped, report.Ai!.Status);
        Assert.Contains("max_tokens_per_cycle (1000)", report.Ai.Summary, StringComparison.Ordinal);
    }
}
