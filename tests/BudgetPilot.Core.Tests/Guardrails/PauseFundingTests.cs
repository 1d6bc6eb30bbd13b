using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Tests.Guardrails;

/// <summary>
/// A pause may wait out a grace period before it happens, so the money it frees cannot fund another change
/// in the same cycle. The benchmark caught the allocator's break-even pause going to a 3-hour grace while an
/// increase it had "paid for" executed at once: active budgets 20,019.59 against a 20,000 total.
/// </summary>
public sealed class PauseFundingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);
    private static readonly CampaignId Loser = new(Platform.GoogleAds, "loser");
    private static readonly CampaignId Winner = new(Platform.TikTokAds, "winner");

    private static GateState State(decimal total) => new(
        new Workspace("ws", "Test", total, "USD", TimeZoneInfo.Utc, 3m, null, total),
        new Dictionary<CampaignId, Campaign>
        {
            [Loser] = new(Loser, "Loser", CampaignStatus.Active, 300m, Now.AddDays(-30)),
            [Winner] = new(Winner, "Winner", CampaignStatus.Active, 1000m, Now.AddDays(-30)),
        },
        new Dictionary<CampaignId, decimal> { [Loser] = 0.7m, [Winner] = 3.5m },
        new Dictionary<CampaignId, decimal> { [Loser] = 300m, [Winner] = 1000m },
        DayLedger.Empty,
        Now);

    private static ProposedAction Pause() => new(
        "pause-loser", Loser, "Loser", ActionType.Pause, new CurrentState(300m, 2100m, 1470m, 0.7m, TrendDirection.Stable), null,
        "below break-even", "ROAS 0.7", 0.95, RiskLevel.Low, new EstimatedImpact(150m, 0m, 150m), Urgency.Critical, "allocator");

    private static ProposedAction Increase(decimal to) => new(
        "inc-winner", Winner, "Winner", ActionType.IncreaseBudget, new CurrentState(1000m, 3500m, 24500m, 3.5m, TrendDirection.Stable), to,
        "more", "ROAS 3.5", 0.95, RiskLevel.Low, new EstimatedImpact(0m, 100m, 50m), Urgency.Opportunity, "allocator");

    /// <summary>Room enough to move both, so only the total can refuse anything.</summary>
    private static readonly WorkspaceSettings Settings = new() { Guardrails = new GuardrailSettings { MaxBudgetReallocationPerDayFraction = 0.5m } };

    [Fact]
    public void AnIncreaseThatOnlyFitsWithAPausedBudget_WaitsForTheNextCycle()
    {
        // Total 1,350: 50 free. The increase wants 150 and would fit only on the 300 the pause frees.
        var verdicts = GuardrailGate.Evaluate(Settings, State(1350m), [Pause(), Increase(1150m)]);

        Assert.Equal(Route.Execute, verdicts.Single(v => v.Action.Type == ActionType.Pause).Route);
        var increase = verdicts.Single(v => v.Action.Type == ActionType.IncreaseBudget);
        Assert.Equal(Route.Reject, increase.Route);
        Assert.Contains("above the 1,350.00 total daily budget", increase.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIncreaseTheFreeMoneyCovers_GoesThroughBesideThePause()
    {
        var verdicts = GuardrailGate.Evaluate(Settings, State(1350m), [Pause(), Increase(1040m)]);

        Assert.All(verdicts, v => Assert.Equal(Route.Execute, v.Route));
    }
}
