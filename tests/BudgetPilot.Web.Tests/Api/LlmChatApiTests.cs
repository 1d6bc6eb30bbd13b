using System.Net.Http.Json;
using System.Text.Json;
using BudgetPilot.Ai.Tests.Fakes;
using BudgetPilot.Web.Tests.Support;

namespace BudgetPilot.Web.Tests.Api;

/// <summary>With an LLM the chat is worded by it, from the audit log's facts fetched by its tools.</summary>
public sealed class LlmChatApiTests(HostileLlmWebApp app) : IClassFixture<HostileLlmWebApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> AskAsync(string question)
    {
        using var client = await app.LoginAsync("approver");
        using var response = await client.PostAsJsonAsync(new Uri("api/v1/chat", UriKind.Relative), new { question }, Ct);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task The_llm_asks_the_audit_log_why_and_answers_with_those_numbers()
    {
        app.Llm.Enqueue(new FakeLlmServer.Text("") { ToolCalls = [("action_history", """{"campaign":"Meta Winter Promo"}""")] });
        app.Llm.Enqueue(new FakeLlmServer.Text("I paused it: ROAS 1.3 below 1.5 for 3 days, confidence 94%."));
        var before = app.Llm.Requests.Count;

        var answer = await AskAsync("Why did you pause the Meta Winter campaign?");

        Assert.Equal("llm", answer.GetProperty("source").GetString());
        Assert.Equal("I paused it: ROAS 1.3 below 1.5 for 3 days, confidence 94%.", answer.GetProperty("lines")[0].GetString());
        var toolResult = app.Llm.Requests[before + 1].Body.ToJsonString();
        Assert.Contains("ROAS 1.3 below 1.5", toolResult, StringComparison.Ordinal);
        Assert.Contains("94%", toolResult, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_llm_is_overloaded_the_interpreter_answers_from_the_audit_log()
    {
        app.Llm.Enqueue(new FakeLlmServer.Error(529, "overloaded_error", "Overloaded"));

        var answer = await AskAsync("Why did you pause the Meta Winter campaign?");

        Assert.Equal("audit log", answer.GetProperty("source").GetString());
        Assert.Contains("ROAS 1.3 below 1.5", answer.GetProperty("lines").ToString(), StringComparison.Ordinal);
    }
}
