using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Tests.Guardrails;

public sealed class LearningPhaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Workspace Ws = new("ws", "Test", 100_000m, "USD", TimeZoneInfo.Utc, 3m, null, 50_000m);
    private static readonly CampaignId Meta = new(Platform.MetaAds, "m1");
    private static readonly CampaignId Google = new(Platform.GoogleAds, "g1");

    [Fact]
    public void Evaluate_MetaIncreaseOf40Percent_ExecutesOneStepOf20PercentAndSaysWhy()
    {
        var verdict = Assert.Single(GuardrailGate.Evaluate(new WorkspaceSettings(), State(), [Increase(Meta, 1400m)]));

        Assert.Equal(Route.Execute, verdict.Route);
        Assert.Equal(1200m, verdict.Action.NewBudget);
        Assert.Contains("learning phase", verdict.Action.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GoogleIncreaseOf40Percent_IsNotSteppedAndNeedsApproval()
    {
        var verdict = Assert.Single(GuardrailGate.Evaluate(new WorkspaceSettings(), State(), [Increase(Google, 1400m)]));

        Assert.Equal(Route.RequireApproval, verdict.Route);
        Assert.Equal(1400m, verdict.Action.NewBudget);
    }

    [Fact]
    public void Evaluate_MetaChangedLessThan48HoursAgo_RefusesTheNextStepWithItsTime()
    {
        var state = State() with { LastChangedAt = new Dictionary<CampaignId, DateTimeOffset> { [Meta] = Now.AddHours(-47) } };

        var verdict = Assert.Single(GuardrailGate.Evaluate(new WorkspaceSettings(), state, [Increase(Meta, 1100m)]));

        Assert.Equal(Route.Reject, verdict.Route);
        Assert.Contains("2026-11-25 13:00", verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ManagerApprovedTheWholeChange_OverridesTheSteps()
    {
        var action = Increase(Meta, 1400m);

        var verdict = Assert.Single(GuardrailGate.Evaluate(new WorkspaceSettings(), State(), [action], new HashSet<string> { action.ActionId }));

        Assert.Equal(Route.Execute, verdict.Route);
        Assert.Equal(1400m, verdict.Action.NewBudget);
    }

    [Fact]
    public void Evaluate_PlatformRuleSwitchedOff_LeavesMetaLikeAnyOther()
    {
        var settings = new WorkspaceSettings { Guardrails = new GuardrailSettings { LearningPhase = new Dictionary<Platform, LearningPhaseRule>() } };

        var verdict = Assert.Single(GuardrailGate.Evaluate(settings, State(), [Increase(Meta, 1400m)]));

        Assert.Equal(Route.RequireApproval, verdict.Route);
        Assert.Equal(1400m, verdict.Action.NewBudget);
    }

    private static GateState State() => new(
        Ws,
        new Dictionary<CampaignId, Campaign>
        {
            [Meta] = new(Meta, "Meta – Winter", CampaignStatus.Active, 1000m, Now.AddDays(-30)),
            [Google] = new(Google, "Google – Brand", CampaignStatus.Active, 1000m, Now.AddDays(-30)),
        },
        new Dictionary<CampaignId, decimal> { [Meta] = 4.5m, [Google] = 4.5m },
        new Dictionary<CampaignId, decimal> { [Meta] = 1000m, [Google] = 1000m },
        DayLedger.Empty,
        Now);

    private static ProposedAction Increase(CampaignId id, decimal to) => new(
        $"inc-{id}", id, id.Value, ActionType.IncreaseBudget, new CurrentState(1000m, 7000m, 31500m, 4.5m, TrendDirection.Stable), to,
        "more", "ROAS 4.5", 0.95, RiskLevel.Low, new EstimatedImpact(0m, 100m, 50m), Urgency.Opportunity, "rules");
}
