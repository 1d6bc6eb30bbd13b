using BudgetPilot.Ai.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Ai.Tests;

/// <summary>Tool calling through IChatClient with both real SDKs: the model asks, the facts answer, the model replies.</summary>
public sealed class LlmChatTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class RecordingFacts : IChatFacts
    {
        public List<string> Calls { get; } = [];

        public Task<string> FindCampaignAsync(string words, CancellationToken cancellationToken) => Say($"find:{words}", "meta_ads:winter-promo 'Meta – Winter Promo' paused");

        public Task<string> ActionHistoryAsync(string campaign, CancellationToken cancellationToken) =>
            Say($"history:{campaign}", "2025-06-17 09:00 — Paused 'Meta – Winter Promo' (engine:rules). Why: ROAS 1.3 below 1.5 for 3 days. Confidence: 94%.");

        public Task<string> PlatformMetricsAsync(string platform, bool today, CancellationToken cancellationToken) => Say($"metrics:{platform}:{today}", "TikTok ROAS over the last 7 days: 5.10");

        public Task<string> PlanAsync(CancellationToken cancellationToken) => Say("plan", "Nothing waiting.");

        public Task<string> ProposeAsync(string campaign, string action, decimal? newBudget, CancellationToken cancellationToken) =>
            Say($"propose:{campaign}:{action}:{newBudget}", "Queued for approval: 'spark' budget 500 → 600.");

        private Task<string> Say(string call, string answer)
        {
            Calls.Add(call);
            return Task.FromResult(answer);
        }
    }

    [Fact]
    public async Task Anthropic_asks_for_the_action_history_and_answers_with_its_numbers()
    {
        await using var server = await FakeLlmServer.StartAsync(
            new FakeLlmServer.Text("") { ToolCalls = [("action_history", """{"campaign":"Meta Winter"}""")] },
            new FakeLlmServer.Text("I paused Meta – Winter Promo: ROAS 1.3 was below 1.5 for 3 days.\nConfidence 94%.", 900, 60));
        var options = Scenario.Options(AiProvider.Anthropic, server.BaseUrl);
        var facts = new RecordingFacts();

        var answer = await new LlmChat(Scenario.Client(options), options, new FakeTimeProvider()).AskAsync("Why did you pause the Meta Winter campaign?", facts, Ct);

        Assert.Equal(["history:Meta Winter"], facts.Calls);
        Assert.NotNull(answer);
        Assert.Equal(["I paused Meta – Winter Promo: ROAS 1.3 was below 1.5 for 3 days.", "Confidence 94%."], answer.Lines);
        Assert.Equal(2, server.Requests.Count);
        var second = server.Requests[1].Body.ToJsonString();
        Assert.Contains("tool_result", second, StringComparison.Ordinal);
        Assert.Contains("ROAS 1.3 below 1.5 for 3 days", second, StringComparison.Ordinal);
        Assert.Contains("propose_action", server.Requests[0].Body["tools"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_through_an_openai_compatible_server_becomes_a_gated_proposal()
    {
        await using var server = await FakeLlmServer.StartAsync(
            new FakeLlmServer.Text("") { ToolCalls = [("propose_action", """{"campaign":"tiktok_ads:spark","action":"INCREASE_BUDGET","newBudget":600}""")] },
            new FakeLlmServer.Text("Queued for approval: spark 500 → 600."));
        var options = Scenario.Options(AiProvider.OpenAI, new Uri(server.BaseUrl, "v1/"));
        var facts = new RecordingFacts();

        var answer = await new LlmChat(Scenario.Client(options), options, new FakeTimeProvider()).AskAsync("Increase spark by 20%", facts, Ct);

        Assert.Equal(["propose:tiktok_ads:spark:INCREASE_BUDGET:600"], facts.Calls);
        Assert.Equal("Queued for approval: spark 500 → 600.", Assert.Single(answer!.Lines));
        Assert.Contains("\"role\":\"tool\"", server.Requests[1].Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overloaded_provider_yields_no_answer_so_the_host_answers_deterministically()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmServer.Error(529, "overloaded_error", "Overloaded"));
        var options = Scenario.Options(AiProvider.Anthropic, server.BaseUrl);

        var answer = await new LlmChat(Scenario.Client(options), options, new FakeTimeProvider()).AskAsync("What will you do next?", new RecordingFacts(), Ct);

        Assert.Null(answer);
    }
}
