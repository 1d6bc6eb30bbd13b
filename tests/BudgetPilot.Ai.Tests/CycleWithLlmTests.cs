using System.Text.Json.Nodes;
using BudgetPilot.Ai.Tests.Fakes;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Cycle;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Execution;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Tests.Support;

namespace BudgetPilot.Ai.Tests;

/// <summary>The LLM engine inside the real cycle, with the gate, the dispatcher and the in-memory stores.</summary>
public sealed class CycleWithLlmTests
{
    private static async Task<(Desk Desk, OptimizationCycle Cycle, CampaignId Meta, CampaignId TikTok)> SetUpAsync(FakeLlmServer server)
    {
        var desk = new Desk();
        var meta = desk.Add(desk.Meta, "1", "Meta – Winter Promo", 1000m, roas: 3.0m);
        var tiktok = desk.Add(desk.TikTok, "2", "TikTok – Viral Series", 1000m, roas: 3.2m);
        var options = Scenario.Options(AiProvider.Anthropic, server.BaseUrl);
        var llm = new LlmDecisionEngine(Scenario.Client(options), options, [new SeedRulesEngine()], desk.Time, desk.Store);
        await Task.CompletedTask;
        return (desk, new OptimizationCycle(desk.Context, [desk.Meta, desk.TikTok], [new SeedRulesEngine(), llm]), meta, tiktok);
    }

    private static JsonObject Decision(CampaignId id, string type, decimal budget, decimal? newBudget, double confidence = 0.9) => new()
    {
        ["action_id"] = $"d-{id.Value}",
        ["campaign_id"] = id.ToString(),
        ["action_type"] = type,
        ["current_state"] = new JsonObject { ["budget"] = budget },
        ["proposed_change"] = new JsonObject { ["new_budget"] = newBudget, ["expected_impact"] = "More revenue" },
        ["reasoning"] = "ROAS is steady above target with room to scale.",
        ["confidence"] = confidence,
        ["risk_level"] = "LOW",
        ["estimated_impact"] = new JsonObject { ["daily_savings"] = 0, ["daily_opportunity_cost"] = 120 },
    };

    [Fact]
    public async Task A_hostile_llm_changes_nothing_and_the_cycle_record_says_why()
    {
        await using var server = await FakeLlmServer.StartAsync();
        var (desk, cycle, meta, tiktok) = await SetUpAsync(server);
        server.Enqueue(new FakeLlmServer.Text(Scenario.Reply(
            Decision(new CampaignId(Platform.MetaAds, "999"), "PAUSE", 1000m, null),
            Decision(tiktok, "INCREASE_BUDGET", 1000m, 30_000m),
            Decision(meta, "INCREASE_BUDGET", 1000m, 1100m, confidence: 1.7))));

        var record = await cycle.RunAsync(desk.Time.GetUtcNow(), TestContext.Current.CancellationToken);

        Assert.Empty(record.Errors);
        Assert.Empty(desk.Meta.Writes);
        Assert.Empty(desk.TikTok.Writes);
        Assert.DoesNotContain(desk.Store.AuditEntries, e => e.Actor == "engine:rules+llm" && e.Kind is AuditKind.Intent or AuditKind.Outcome);
        Assert.Equal("rules+llm", record.Report!.Engine);
        Assert.Equal(3, record.Report.Ai!.Dropped.Count);
        Assert.Equal(0, record.Counts.Executed);
    }

    [Fact]
    public async Task A_valid_llm_proposal_meets_the_gate_and_is_executed_like_any_other()
    {
        await using var server = await FakeLlmServer.StartAsync();
        var (desk, cycle, _, tiktok) = await SetUpAsync(server);
        server.Enqueue(new FakeLlmServer.Text(Scenario.Reply(Decision(tiktok, "INCREASE_BUDGET", 1000m, 1150m))));

        var record = await cycle.RunAsync(desk.Time.GetUtcNow(), TestContext.Current.CancellationToken);

        Assert.Equal(1, record.Counts.Executed);
        Assert.Equal(1150m, desk.TikTok[tiktok].DailyBudget);
        var outcome = Assert.Single(desk.Store.AuditEntries, e => e.Kind == AuditKind.Outcome);
        Assert.StartsWith("llm-", outcome.ActionId, StringComparison.Ordinal);
        Assert.Equal(AiCallStatus.Answered, record.Report!.Ai!.Status);
    }

    [Fact]
    public async Task An_llm_increase_above_the_approval_line_waits_for_a_manager()
    {
        await using var server = await FakeLlmServer.StartAsync();
        var (desk, cycle, _, tiktok) = await SetUpAsync(server);
        server.Enqueue(new FakeLlmServer.Text(Scenario.Reply(Decision(tiktok, "INCREASE_BUDGET", 1000m, 1400m))));

        var record = await cycle.RunAsync(desk.Time.GetUtcNow(), TestContext.Current.CancellationToken);

        Assert.Equal(0, record.Counts.Executed);
        Assert.Equal(1, record.Counts.ApprovalsRequested);
        Assert.Equal(1000m, desk.TikTok[tiktok].DailyBudget);
    }

    [Fact]
    public async Task When_nothing_changed_since_the_last_analysis_the_llm_is_not_called_again()
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmServer.Text(Scenario.Reply()));
        var (desk, cycle, _, _) = await SetUpAsync(server);

        await cycle.RunAsync(desk.Time.GetUtcNow(), TestContext.Current.CancellationToken);
        desk.Time.Advance(TimeSpan.FromMinutes(15));
        var second = await cycle.RunAsync(desk.Time.GetUtcNow(), TestContext.Current.CancellationToken);

        Assert.Single(server.Requests);
        Assert.Equal(AiCallStatus.Skipped, second.Report!.Ai!.Status);
        Assert.Equal(OverallHealth.Fair, second.Report.Ai.OverallHealth);
        Assert.Equal(0L, second.Report.Ai.Usage.InputTokens);
    }
}

/// <summary>How often two days of 15-minute cycles actually call the LLM, with the rest skipped as unchanged.</summary>
public sealed class LlmCallBudgetTests
{
    [Fact]
    public async Task Two_days_of_cycles_call_the_llm_only_when_the_data_moved()
    {
        await using var server = await FakeLlmServer.StartAsync();
        var desk = new Desk();
        desk.Add(desk.Meta, "1", "Meta – Winter Promo", 1000m, roas: 3.0m);
        desk.Add(desk.TikTok, "2", "TikTok – Viral Series", 1000m, roas: 3.2m);
        var options = Scenario.Options(AiProvider.Anthropic, server.BaseUrl);
        var cycle = new OptimizationCycle(desk.Context, [desk.Meta, desk.TikTok], [new SeedRulesEngine(), new LlmDecisionEngine(Scenario.Client(options), options, [new SeedRulesEngine()], desk.Time, desk.Store)]);

        var records = new List<CycleRecord>();
        for (var i = 0; i < 192; i++)
        {
            records.Add(await cycle.RunAsync(desk.Time.GetUtcNow(), TestContext.Current.CancellationToken));
            desk.Time.Advance(TimeSpan.FromMinutes(15));
        }

        var answered = records.Count(r => r.Report?.Ai?.Status == AiCallStatus.Answered);
        var skipped = records.Count(r => r.Report?.Ai?.Status == AiCallStatus.Skipped);
        TestContext.Current.TestOutputHelper?.WriteLine($"192 cycles over 2 days: {server.Requests.Count} LLM calls, {answered} answered, {skipped} skipped as unchanged");
        Assert.Equal(server.Requests.Count, answered);
        Assert.Equal(192, answered + skipped);

        // A new day brings a new complete day of history, which is a change; a quarter-hour within a day is not.
        var days = records.Select(r => desk.Workspace.LocalDate(r.At)).Distinct().Count();
        Assert.InRange(server.Requests.Count, days, 191);
    }
}
