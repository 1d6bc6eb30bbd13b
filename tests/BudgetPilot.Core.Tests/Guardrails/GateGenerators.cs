using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Settings;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetPilot.Core.Tests.Guardrails;

/// <summary>
/// Worlds that a real engine would never produce on purpose but a buggy one or a lying LLM might:
/// unknown campaigns, NaN and out-of-range confidences, negative and absurd budgets, duplicate actions,
/// unbalanced groups, exhausted daily limits, portfolios already over budget.
/// </summary>
public static class GateGenerators
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly Workspace BaseWorkspace = new("ws", "Test", 10_000m, "USD", TimeZoneInfo.Utc, 3m, 40m, 5_000m);

    public static Arbitrary<GateWorld> Worlds() => Arb.From(World);

    public static Gen<GateWorld> World =>
        from settings in SettingsGen
        from total in Gen.Elements(1_000m, 10_000m, 50_000m)
        from maxCampaign in Gen.Elements(500m, 5_000m, 20_000m, 100_000m)
        from count in Gen.Choose(1, 10)
        from campaigns in Gen.ListOf(CampaignGen(Math.Min(total, maxCampaign)), count)
        from ledger in LedgerGen(total, campaigns.Count)
        from proposals in Gen.Choose(0, 14).SelectMany(n => Gen.ListOf(ProposalGen(campaigns.Count), n))
        from approvedMask in Gen.ListOf(Gen.Elements(true, false), 16)
        from friendly in Gen.Elements(true, false)
        select Build(settings, total, maxCampaign, [.. campaigns], ledger,
            friendly ? [.. proposals.DistinctBy(p => p.Campaign).Select(Tame)] : [.. proposals], [.. approvedMask], friendly);

    private static GateWorld Build(WorkspaceSettings settings, decimal total, decimal maxCampaign, List<(decimal Budget, bool Active, int AgeHours, decimal Roas, bool Shared, decimal Spend)> raw,
        (int Executed, decimal MovedShare, decimal DayStartFactor) ledger, List<ProposedAction> proposals, List<bool> approvedMask, bool friendly)
    {
        var workspace = BaseWorkspace with { TotalDailyBudget = total, MaxCampaignBudget = maxCampaign };
        var campaigns = raw.Select((c, i) => new Campaign(Id(i), $"C{i}", c.Active ? CampaignStatus.Active : CampaignStatus.Paused, c.Budget, Now.AddHours(-c.AgeHours)) { HasSharedBudget = c.Shared })
            .ToDictionary(c => c.Id);
        var dayStart = campaigns.Values.Where((_, i) => i % 2 == 0).ToDictionary(c => c.Id, c => decimal.Round(c.DailyBudget * ledger.DayStartFactor, 2));
        var state = new GateState(
            workspace,
            campaigns,
            raw.Select((c, i) => (Id(i), c.Roas)).ToDictionary(x => x.Item1, x => x.Roas),
            raw.Select((c, i) => (Id(i), c.Spend)).ToDictionary(x => x.Item1, x => x.Spend),
            new DayLedger(ledger.Executed, decimal.Round(total * ledger.MovedShare, 2), dayStart),
            Now);
        // Budgets generated below 1 are factors of the campaign's current budget: most proposals are near-valid.
        var numbered = proposals.Select((p, i) => p with
        {
            ActionId = $"a{i}",
            NewBudget = p.NewBudget is { } f && f is > 0m and < 1m && campaigns.TryGetValue(p.Campaign, out var c)
                ? decimal.Round(c.DailyBudget * (friendly ? 0.75m + (f / 2m) : f * 2.5m), 2)
                : p.NewBudget,
        }).ToList();
        var approved = numbered.Where((_, i) => approvedMask[i % approvedMask.Count]).Select(p => p.ActionId).ToHashSet(StringComparer.Ordinal);
        return new GateWorld(settings, state, numbered, approved);
    }

    /// <summary>What a well-behaved engine sends: one action per campaign, a confidence above any threshold, reasoning, no stray budget on a pause.</summary>
    private static ProposedAction Tame(ProposedAction p) => p with
    {
        GroupId = null,
        Confidence = 0.97,
        Reasoning = "ROAS says so",
        NewBudget = p.Type is ActionType.Pause or ActionType.Resume ? null : p.NewBudget,
    };

    public static CampaignId Id(int i) => new((Platform)(i % 4), $"c{i}");

    private static Gen<WorkspaceSettings> SettingsGen =>
        from autonomy in Gen.Elements(AutonomyLevel.FullAutonomous, AutonomyLevel.FullAutonomous, AutonomyLevel.SemiAutonomous, AutonomyLevel.Advisory)
        from threshold in Gen.Elements(0.85, 0.7, 0.95)
        from maxAdjustments in Gen.Elements(0, 1, 3, 50, 50, 50)
        from realloc in Gen.Elements(0m, 0.1m, 0.3m, 0.5m)
        from increase in Gen.Elements(0.2m, 0.5m, 1.0m)
        from runtime in Gen.Elements(0, 72, 200)
        from approvalShare in Gen.Elements(0.1m, 0.2m, 0.5m)
        from pauseSpend in Gen.Elements(100m, 5_000m)
        select new WorkspaceSettings
        {
            Autonomy = autonomy,
            ConfidenceThreshold = threshold,
            Guardrails = new GuardrailSettings
            {
                MaxDailyAdjustments = maxAdjustments,
                MaxBudgetReallocationPerDayFraction = realloc,
                MaxSingleBudgetIncreaseFraction = increase,
                MinCampaignRuntimeBeforePause = TimeSpan.FromHours(runtime),
            },
            HumanApprovalRequired = new ApprovalRules { BudgetChangeFraction = approvalShare, PauseCampaignIfDailySpendAbove = pauseSpend },
        };

    private static Gen<(decimal Budget, bool Active, int AgeHours, decimal Roas, bool Shared, decimal Spend)> CampaignGen(decimal limit) =>
        from budgetShare in Gen.Choose(1, 700)
        from active in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from age in Gen.Elements(1, 48, 71, 72, 73, 500)
        from roasTenths in Gen.Choose(0, 90)
        from shared in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
        from spendFactor in Gen.Choose(0, 150)
        let budget = decimal.Round(limit * budgetShare / 1000m, 2)
        select (budget, active, age, roasTenths / 10m, shared, decimal.Round(budget * spendFactor / 100m, 2));

    private static Gen<(int, decimal, decimal)> LedgerGen(decimal total, int campaigns) =>
        from executed in Gen.Elements(0, 0, 0, 0, 2, 49, 50, 60)
        from moved in Gen.Elements(0m, 0m, 0m, 0m, 0.1m, 0.29m, 0.3m, 0.6m)
        from factor in Gen.Elements(1m, 0.5m, 0.8m, 1.2m)
        select (executed, moved, factor);

    private static Gen<ProposedAction> ProposalGen(int campaigns) =>
        from index in Gen.Frequency((8, Gen.Choose(0, campaigns - 1)), (1, Gen.Choose(campaigns, campaigns + 2)))
        from type in Gen.Frequency((6, Gen.Elements(ActionType.ReduceBudget, ActionType.IncreaseBudget, ActionType.Reallocate, ActionType.Pause)), (1, Gen.Elements(Enum.GetValues<ActionType>())))
        from budget in BudgetGen
        from confidence in Gen.Frequency((4, Gen.Elements(0.85, 0.9, 0.97, 1.0)), (1, Gen.Elements(double.NaN, double.PositiveInfinity, -0.1, 0.5, 0.84, 1.7)))
        from groupId in Gen.Frequency((5, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("g1", "g2")))
        from reasoning in Gen.Frequency((8, Gen.Constant("because the numbers say so")), (1, Gen.Constant("")))
        from urgency in Gen.Elements(Enum.GetValues<Urgency>())
        from major in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new ProposedAction("a", Id(index), $"C{index}", type, new CurrentState(100m, 700m, 1400m, 2m, TrendDirection.Stable),
            budget, "impact", reasoning, confidence, RiskLevel.Low, new EstimatedImpact(0m, 0m, 0m), urgency, "fuzz")
        { GroupId = groupId, MajorStrategyChange = major };

    private static Gen<decimal?> BudgetGen => Gen.Frequency(
        (8, Gen.Choose(1, 99).Select(c => (decimal?)(c / 100m))),
        (3, Gen.Choose(1, 80_000).Select(c => (decimal?)(c / 4m))),
        (1, Gen.Elements<decimal?>(null, 0m, -50m, 0.001m, 1e15m, decimal.MaxValue / 2)));
}
