using System.Text.Json.Nodes;
using BudgetPilot.Ai.Tests.Fakes;
using BudgetPilot.Core.Cycle;

namespace BudgetPilot.Web.Tests.Support;

/// <summary>
/// The app with <c>ai: { provider: anthropic }</c> pointed at a loopback Messages API that answers with the
/// acceptance test's hostile reply: an unknown id, a budget three times the total, confidence 1.7.
/// </summary>
public sealed class HostileLlmWebApp : WebTestApp
{
    public const string KeyVariable = "BP_WEB_TEST_ANTHROPIC_KEY";

    public FakeLlmServer Llm { get; private set; } = null!;

    public CycleRecord? Cycle { get; private set; }

    protected override async Task<string> ExtraYamlAsync()
    {
        Environment.SetEnvironmentVariable(KeyVariable, "sk-test-loopback");
        Llm = await FakeLlmServer.StartAsync();
        return $"ai: {{ provider: anthropic, endpoint: \"{Llm.BaseUrl}\", api_key_env: {KeyVariable}, max_retries: 0 }}";
    }

    /// <summary>Runs one cycle now, as the scheduler would, with the hostile reply waiting for its call.</summary>
    public async Task<CycleRecord> RunCycleAsync()
    {
        Llm.Enqueue(new FakeLlmServer.Text(HostileReply(), 2100, 350));
        using var scope = Services.CreateScope();
        Cycle = await scope.ServiceProvider.GetRequiredService<ICycleRunner>().RunAsync(Time.GetUtcNow(), CancellationToken.None);
        return Cycle;
    }

    private static string HostileReply()
    {
        static JsonObject Decision(string id, string type, decimal budget, decimal? newBudget, double confidence) => new()
        {
            ["action_id"] = $"h-{id}",
            ["campaign_id"] = id,
            ["action_type"] = type,
            ["current_state"] = new JsonObject { ["budget"] = budget },
            ["proposed_change"] = new JsonObject { ["new_budget"] = newBudget, ["expected_impact"] = "Trust me" },
            ["reasoning"] = "Because I said so.",
            ["confidence"] = confidence,
            ["risk_level"] = "LOW",
            ["estimated_impact"] = new JsonObject { ["daily_savings"] = 0, ["daily_opportunity_cost"] = 0 },
        };

        return new JsonObject
        {
            ["overall_health"] = "EXCELLENT",
            ["immediate_actions"] = new JsonArray(
                Decision("meta_ads:does-not-exist", "PAUSE", 800m, null, 0.95),
                Decision(DemoState.Brand.ToString(), "INCREASE_BUDGET", 5000m, 150_000m, 0.95),
                Decision(DemoState.Viral.ToString(), "INCREASE_BUDGET", 1950m, 2100m, 1.7)),
            ["expected_outcomes"] = new JsonObject { ["new_overall_roas"] = 9.9, ["improvement_vs_current"] = "+300%", ["daily_profit_increase"] = 1_000_000 },
            ["risks_and_caveats"] = new JsonArray("None whatsoever"),
        }.ToJsonString();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Llm.DisposeAsync();
    }
}
