using BudgetPilot.Core.Decisions;

namespace BudgetPilot.Ai.Tests;

/// <summary>Each rule of the reply's validation on its own, against the scenario's data.</summary>
public sealed class DecisionReplyTests
{
    private static DecisionReply.Parsed Parse(params System.Text.Json.Nodes.JsonObject[] actions) =>
        DecisionReply.Parse(Scenario.Reply(actions), Scenario.Context, "llm");

    [Fact]
    public void A_stated_budget_that_contradicts_the_data_drops_the_decision()
    {
        var parsed = Parse(Scenario.Action(Scenario.Spark, "INCREASE_BUDGET", 600m, statedBudget: 250m));

        Assert.Empty(parsed.Actions);
        Assert.Contains("current_state.budget 250 contradicts the data (500)", Assert.Single(parsed.Dropped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_reasoning_or_impact_drops_the_decision()
    {
        var noReason = Scenario.Action(Scenario.Spark, "INCREASE_BUDGET", 600m);
        noReason.Remove("reasoning");
        var noImpact = Scenario.Action(Scenario.Winter, "PAUSE", null);
        noImpact.Remove("estimated_impact");

        var parsed = Parse(noReason, noImpact);

        Assert.Empty(parsed.Actions);
        Assert.Contains("no reasoning", parsed.Dropped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("no impact estimate", parsed.Dropped[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_increase_that_lowers_the_budget_contradicts_itself()
    {
        var parsed = Parse(Scenario.Action(Scenario.Spark, "INCREASE_BUDGET", 400m));

        Assert.Contains("INCREASE_BUDGET to 400 contradicts the current budget 500", Assert.Single(parsed.Dropped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_platform_id_with_its_platform_is_the_seed_spelling_and_is_accepted()
    {
        var parsed = Parse(Scenario.Action(Scenario.Winter, "PAUSE", null, id: "winter-promo"));

        var action = Assert.Single(parsed.Actions);
        Assert.Equal(Scenario.Winter.Campaign.Id, action.Campaign);
        Assert.Null(action.NewBudget);
        Assert.Equal(800m, action.CurrentState.Budget);
    }

    [Fact]
    public void Prose_and_code_fences_around_the_object_are_tolerated()
    {
        var reply = "Here is my analysis:\n```json\n" + Scenario.Reply(Scenario.Action(Scenario.Winter, "PAUSE", null)) + "\n```";

        var parsed = DecisionReply.Parse(reply, Scenario.Context, "llm");

        Assert.Null(parsed.Fatal);
        Assert.Single(parsed.Actions);
    }

    [Fact]
    public void Two_decisions_for_one_campaign_keep_only_the_first()
    {
        var parsed = Parse(Scenario.Action(Scenario.Winter, "PAUSE", null), Scenario.Action(Scenario.Winter, "REDUCE_BUDGET", 400m));

        Assert.Equal(ActionType.Pause, Assert.Single(parsed.Actions).Type);
        Assert.Contains("second decision", Assert.Single(parsed.Dropped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reallocation_legs_share_one_group_and_fall_together()
    {
        var parsed = Parse(Scenario.Action(Scenario.Winter, "REALLOCATE", 500m), Scenario.Action(Scenario.Brand, "REALLOCATE", 1300m, confidence: 3));

        Assert.Empty(parsed.Actions);
        Assert.Equal(2, parsed.Dropped.Count);
        Assert.Contains("other leg was dropped", parsed.Dropped[1].Reason, StringComparison.Ordinal);
    }
}
