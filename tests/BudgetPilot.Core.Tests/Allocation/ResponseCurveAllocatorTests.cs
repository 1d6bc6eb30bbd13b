using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Tests.Allocation;

public sealed class ResponseCurveAllocatorTests
{
    private static List<CampaignAnalysis> Uneven() =>
    [
        Markets.Campaign("strong", Platform.TikTokAds, new HillCurve(0.8, 4000, 16000), 1500, 1),
        Markets.Campaign("weak", Platform.GoogleAds, new HillCurve(0.8, 500, 3500), 2500, 2),
        Markets.Campaign("fair", Platform.GoogleAds, new HillCurve(0.9, 2000, 7000), 2000, 3),
        Markets.Campaign("steady", Platform.LinkedInAds, new HillCurve(1.0, 2000, 8000), 2000, 4),
    ];

    [Fact]
    public void MovesMoneyTowardTheHigherMarginalReturnAndExplainsItInMarginalTerms()
    {
        var ctx = Markets.Context(Uneven(), workspace: Markets.Workspace with { TotalDailyBudget = 8000m });

        var report = new ResponseCurveAllocator(new AllocatorSettings { ExplorationShare = 0 }).Decide(ctx);

        var strong = Assert.Single(report.ImmediateActions, a => a.Campaign.Value == "strong");
        var weak = Assert.Single(report.ImmediateActions, a => a.Campaign.Value == "weak");
        Assert.True(strong.NewBudget > strong.CurrentState.Budget);
        Assert.True(weak.NewBudget < weak.CurrentState.Budget);
        Assert.Equal(ActionType.Reallocate, strong.Type);
        Assert.NotNull(strong.GroupId);
        Assert.Contains("the next $100", strong.Reasoning, StringComparison.Ordinal);
        Assert.Contains("90% interval", strong.Reasoning, StringComparison.Ordinal);
        Assert.True(report.ExpectedOutcomes.DailyProfitIncrease > 0m);
        Assert.True(report.ImmediateActions.Sum(a => a.NewBudget!.Value - a.CurrentState.Budget) <= 0m, "a reallocation never adds money");
    }

    [Fact]
    public void ItsProposalsPassTheGateWhole()
    {
        var ctx = Markets.Context(Uneven(), workspace: Markets.Workspace with { TotalDailyBudget = 8000m });
        var report = new ResponseCurveAllocator().Decide(ctx);

        var verdicts = GuardrailGate.Evaluate(ctx.Settings, Markets.Gate(ctx), report.ImmediateActions);

        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.True(v.Route == Route.Execute, string.Join(" ", v.Reasons)));
    }

    [Fact]
    public void ALargeWorkspaceFittedInParallelGetsTheSameDecisionEveryTime()
    {
        // 600 campaigns: past the point where fits and tabulation run in parallel, so a data race would show as a difference.
        Platform[] platforms = [Platform.GoogleAds, Platform.MetaAds, Platform.TikTokAds, Platform.LinkedInAds];
        var random = new Random(41);
        var analyses = Enumerable.Range(0, 600).Select(i =>
        {
            var budget = 50 + (random.NextDouble() * 450);
            var truth = new HillCurve(0.7 + (1.5 * random.NextDouble()), budget * (0.6 + random.NextDouble()), budget * (1 + (6 * random.NextDouble())));
            return Markets.Campaign($"c{i:000}", platforms[i % 4], truth, budget, 1000 + i);
        }).ToList();
        var total = analyses.Sum(a => a.Campaign.DailyBudget);
        var ctx = Markets.Context(analyses, workspace: Markets.Workspace with { TotalDailyBudget = total, MaxCampaignBudget = total });

        static string Fingerprint(DecisionReport r) =>
            string.Join('|', r.ImmediateActions.Select(a => $"{a.Campaign}:{a.Type}:{a.NewBudget}:{a.Confidence}"));
        var first = new ResponseCurveAllocator().Decide(ctx);
        var second = new ResponseCurveAllocator().Decide(ctx);

        Assert.NotEmpty(first.ImmediateActions);
        Assert.Equal(Fingerprint(first), Fingerprint(second));
        Assert.Equal(first.ExpectedOutcomes.DailyProfitIncrease, second.ExpectedOutcomes.DailyProfitIncrease);
    }

    [Fact]
    public void AFlatMarketIsLeftAlone()
    {
        var same = new HillCurve(1.0, 2000, 8000);
        var analyses = Enumerable.Range(0, 8).Select(k => Markets.Campaign($"c{k}", Platform.GoogleAds, same, 1000, 100 + k)).ToList();
        var engine = new ResponseCurveAllocator();

        var report = engine.Decide(Markets.Context(analyses, workspace: Markets.Workspace with { TotalDailyBudget = 8000m }));

        Assert.Empty(report.ImmediateActions);
    }

    [Fact]
    public void DecidesOnceADayAtItsHour()
    {
        var engine = new ResponseCurveAllocator();
        var ctx = Markets.Context(Uneven(), workspace: Markets.Workspace with { TotalDailyBudget = 8000m });

        Assert.Empty(engine.Decide(ctx with { Now = ctx.Now.AddHours(5) }).ImmediateActions);
        Assert.Empty(engine.Decide(ctx with { HourMark = false }).ImmediateActions);
        Assert.NotEmpty(engine.Decide(ctx).ImmediateActions);
        Assert.Empty(engine.Decide(ctx).ImmediateActions);
    }

    [Fact]
    public void NeverCutsAProtectedWinner()
    {
        // A winner (ROAS far above 5) that is saturated: equal marginals alone would cut it.
        var analyses = Uneven();
        analyses.Add(Markets.Campaign("winner", Platform.MetaAds, new HillCurve(0.7, 200, 12000), 1500, 9));
        var ctx = Markets.Context(analyses, workspace: Markets.Workspace with { TotalDailyBudget = 9500m });
        Assert.True(ctx.Settings.Guardrails.IsProtectedWinner(analyses[^1].Roas7d));

        var report = new ResponseCurveAllocator().Decide(ctx);

        Assert.DoesNotContain(report.ImmediateActions, a => a.Campaign.Value == "winner" && a.IsCut);
    }

    [Fact]
    public void ABudgetAboveItsDemandIsFreedForCampaignsThatCanSpend()
    {
        // Full impression share and yesterday's spend well under the budget: the extra budget buys nothing.
        var capped = Markets.Campaign("capped", Platform.GoogleAds, new HillCurve(0.8, 2000, 9000), 1000, 5, share: 1.0);
        var days = capped.Days.Select(d => d with { Kpis = d.Kpis with { Spend = 1000m } }).ToList();
        capped = capped with { Campaign = capped.Campaign with { DailyBudget = 2000m }, Days = days };
        var analyses = Uneven();
        analyses.Add(capped);

        Assert.Equal(1000, ResponseCurveAllocator.SpendCap(capped), 3);
        // Where the freed money goes next is uncertain after a week of data; this test is about the cap, so any positive expected gain will do.
        var settings = new WorkspaceSettings { ConfidenceThreshold = 0.5 };
        var report = new ResponseCurveAllocator(new AllocatorSettings { ExplorationShare = 0 }).Decide(Markets.Context(analyses, settings, Markets.Workspace with { TotalDailyBudget = 10_000m }));

        var cut = Assert.Single(report.ImmediateActions, a => a.Campaign.Value == "capped");
        Assert.True(cut.NewBudget < 2000m);
    }

    [Fact]
    public void AllocatorWithRulesTakesPausesFromTheRulesAndBudgetsFromTheAllocator()
    {
        var analyses = Uneven();
        var ctx = Markets.Context(analyses, workspace: Markets.Workspace with { TotalDailyBudget = 8000m });
        var rules = new SeedRulesEngine().Decide(ctx);

        var report = new AllocatorWithRules(new ResponseCurveAllocator()).Decide(ctx);

        Assert.Equal(rules.ImmediateActions.Count(a => a.Type == ActionType.Pause), report.ImmediateActions.Count(a => a.Type == ActionType.Pause));
        Assert.All(report.ImmediateActions.Where(a => a.Type != ActionType.Pause), a => Assert.Equal("allocator", a.Engine));
        Assert.NotEmpty(report.ImmediateActions);
    }

    [Theory]
    [InlineData("rules", DecisionPolicy.Rules)]
    [InlineData("allocator", DecisionPolicy.Allocator)]
    [InlineData("allocator+rules", DecisionPolicy.AllocatorWithRules)]
    [InlineData(" Allocator ", DecisionPolicy.Allocator)]
    public void PoliciesParse(string text, DecisionPolicy expected)
    {
        Assert.Equal(expected, DecisionPolicies.Parse(text));
        Assert.Equal(expected, DecisionPolicies.Parse(expected.Name()));
    }

    [Fact]
    public void AnUnknownPolicyIsRefusedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => DecisionPolicies.Parse("greedy"));
        Assert.Contains("greedy", error.Message, StringComparison.Ordinal);
        Assert.Contains("allocator+rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsOutOfRangeAreNamed()
    {
        var errors = new AllocatorSettings { ExplorationShare = 0.9m, Hysteresis = -1, DecisionHour = 24 }.Validate();

        Assert.Contains(errors, e => e.StartsWith("allocator.exploration_share", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("allocator.hysteresis", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("allocator.decision_hour", StringComparison.Ordinal));
        Assert.Empty(new AllocatorSettings().Validate());
    }
}
