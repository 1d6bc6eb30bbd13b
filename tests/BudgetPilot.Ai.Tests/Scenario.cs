using System.Text.Json.Nodes;
using BudgetPilot.Ai.Tests.Fakes;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace BudgetPilot.Ai.Tests;

/// <summary>
/// Three campaigns in a 10,000/day workspace: a Meta loser the rules want to pause, a Google winner,
/// a TikTok middle. Replies are written against these numbers, as a model reading the prompt would.
/// </summary>
public static class Scenario
{
    public static readonly CampaignAnalysis Winter = CampaignHistory.Of(14, new Day(Spend: 700m, Roas: 1.3m)).As("winter-promo", Platform.MetaAds, 800m).Analyze();

    public static readonly CampaignAnalysis Brand = CampaignHistory.Of(14, new Day(Spend: 950m, Roas: 4.5m)).As("search-brand", Platform.GoogleAds, 1000m).Analyze();

    public static readonly CampaignAnalysis Spark = CampaignHistory.Of(14, new Day(Spend: 480m, Roas: 3.0m)).As("spark", Platform.TikTokAds, 500m).Analyze();

    public static DecisionContext Context => Contexts.For(Workspaces.Utc, Winter, Brand, Spark);

    public static AiOptions Options(AiProvider provider, Uri endpoint) => new()
    {
        Provider = provider,
        Model = provider == AiProvider.Anthropic ? AiOptions.DefaultAnthropicModel : "llama3.1",
        Endpoint = endpoint,
        Timeout = TimeSpan.FromSeconds(30),
        MaxRetries = 0,
        PricePerMillionInputTokens = 3m,
        PricePerMillionOutputTokens = 15m,
    };

    public static IChatClient Client(AiOptions options)
    {
        var (client, reason) = AiClients.Create(options, _ => "test-key");
        return client ?? throw new InvalidOperationException(reason);
    }

    public static LlmDecisionEngine Engine(AiOptions options, TimeProvider? time = null) =>
        new(Client(options), options, [new SeedRulesEngine()], time ?? new FakeTimeProvider(Context.Now));

    /// <summary>One decision in the seed's shape, with the state's true numbers unless overridden.</summary>
    public static JsonObject Action(CampaignAnalysis a, string type, decimal? newBudget, double confidence = 0.9, string? id = null, decimal? statedBudget = null) => new()
    {
        ["action_id"] = $"a-{a.Campaign.Id.Value}",
        ["platform"] = a.Campaign.Id.Platform.Key(),
        ["campaign_id"] = id ?? a.Campaign.Id.ToString(),
        ["campaign_name"] = a.Campaign.Name,
        ["action_type"] = type,
        ["current_state"] = new JsonObject
        {
            ["budget"] = statedBudget ?? a.Campaign.DailyBudget,
            ["spend_7d"] = a.Windows.Last7d.Spend,
            ["revenue_7d"] = a.Windows.Last7d.Value,
            ["roas_7d"] = Math.Round(a.Roas7d ?? 0m, 2),
            ["trend"] = "stable",
        },
        ["proposed_change"] = new JsonObject { ["new_budget"] = newBudget, ["expected_impact"] = "Move money to where it returns more" },
        ["reasoning"] = "The numbers say so.",
        ["confidence"] = confidence,
        ["risk_level"] = "LOW",
        ["estimated_impact"] = new JsonObject { ["daily_savings"] = 100, ["daily_opportunity_cost"] = 20 },
    };

    public static string Reply(params JsonObject[] actions) => new JsonObject
    {
        ["timestamp"] = "2025-06-18T00:00:00Z",
        ["overall_health"] = "FAIR",
        ["immediate_actions"] = new JsonArray([.. actions]),
        ["monitoring_items"] = new JsonArray(),
        ["budget_reallocation"] = new JsonObject { ["total_moved"] = 0, ["from_campaigns"] = new JsonArray(), ["to_campaigns"] = new JsonArray() },
        ["expected_outcomes"] = new JsonObject { ["new_overall_roas"] = 3.4, ["improvement_vs_current"] = "+12%", ["daily_profit_increase"] = 450 },
        ["risks_and_caveats"] = new JsonArray("Winter demand may lift Meta next week"),
    }.ToJsonString();

    /// <summary>The acceptance case: unknown ids, a budget three times the total, confidence 1.7.</summary>
    public static string Hostile() => Reply(
        Action(Winter, "PAUSE", null, id: "meta_ads:does-not-exist"),
        Action(Brand, "INCREASE_BUDGET", 30_000m),
        Action(Spark, "INCREASE_BUDGET", 600m, confidence: 1.7));

    public static FakeLlmServer.Text Good() => new(Reply(Action(Spark, "INCREASE_BUDGET", 600m, confidence: 0.88)), 1500, 400);
}
