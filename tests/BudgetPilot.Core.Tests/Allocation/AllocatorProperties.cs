using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPilot.Core.Tests.Allocation;

/// <summary>
/// Random markets (C- and S-curves, returns from 0.5 to 8, capped and uncapped demand, winners, a total
/// with or without a reserve): whatever the allocator proposes, what the gate lets through keeps every
/// daily invariant, and exploration never moves more than its share.
/// </summary>
public sealed class AllocatorProperties
{
    public sealed record Market(List<CampaignAnalysis> Analyses, decimal Total, decimal Exploration);

    private static readonly Platform[] Platforms = [Platform.GoogleAds, Platform.MetaAds, Platform.TikTokAds, Platform.LinkedInAds];

    private static Gen<Func<int, CampaignAnalysis>> CampaignGen =>
        from alpha in Gen.Elements(0.7, 1.0, 1.5, 2.5)
        from roas in Gen.Choose(5, 80).Select(r => r / 10.0)
        from budget in Gen.Choose(100, 3000)
        from ratio in Gen.Elements(0.4, 0.8, 1.2, 2.0)
        from share in Gen.Elements<double?>(null, 0.3, 0.7, 0.95, 1.0)
        from seed in Gen.Choose(0, 10_000)
        let kappa = budget * ratio
        let beta = roas * budget / new HillCurve(alpha, kappa, 1).Value(budget)
        select (Func<int, CampaignAnalysis>)(index =>
        {
            var random = new Random(seed);
            return Markets.Analysis($"c{index}", Platforms[index % Platforms.Length], budget,
                Markets.Days(new HillCurve(alpha, kappa, beta), Markets.Wandering(budget, 7, random), random, noise: 0.1), share);
        });

    private static Gen<Market> MarketGen =>
        from count in Gen.Choose(2, 12)
        from makers in Gen.ListOf(CampaignGen, count)
        let analyses = makers.Select((make, i) => make(i)).ToList()
        from reserve in Gen.Elements(0m, 0.05m, 0.2m)
        from exploration in Gen.Elements(0m, 0.02m, 0.1m)
        select new Market([.. analyses], decimal.Round(analyses.Sum(a => a.Campaign.DailyBudget) * (1m + reserve), 2), exploration);

    [Property(MaxTest = 1000)]
    public Property WhatTheGateLetsThroughKeepsEveryInvariant() => Prop.ForAll(Arb.From(MarketGen), market =>
    {
        var ctx = Markets.Context(market.Analyses, workspace: Markets.Workspace with { TotalDailyBudget = market.Total, MaxCampaignBudget = market.Total });
        var engine = new ResponseCurveAllocator(new AllocatorSettings { ExplorationShare = market.Exploration });
        var report = engine.Decide(ctx);
        var verdicts = GuardrailGate.Evaluate(ctx.Settings, Markets.Gate(ctx), report.ImmediateActions);
        var executed = verdicts.Where(v => v.Route == Route.Execute).Select(v => v.Action).ToList();

        var before = ctx.Analyses.ToDictionary(a => a.Campaign.Id, a => a.Campaign.DailyBudget);
        var after = new Dictionary<CampaignId, decimal>(before);
        foreach (var a in executed)
        {
            // A pause takes the campaign's whole budget out of play: it counts as a cut and as money moved.
            after[a.Campaign] = a.Type == ActionType.Pause ? 0m : a.NewBudget!.Value;
        }

        var up = after.Sum(kv => Math.Max(0m, kv.Value - before[kv.Key]));
        var down = after.Sum(kv => Math.Max(0m, before[kv.Key] - kv.Value));
        var guard = ctx.Settings.Guardrails;
        var winnersCut = ctx.Analyses.Any(a => guard.IsProtectedWinner(a.Roas7d) && after[a.Campaign.Id] < before[a.Campaign.Id]);
        var steps = after.All(kv => kv.Value <= before[kv.Key] * (1m + guard.MaxSingleBudgetIncreaseFraction));
        var trace = engine.LastTrace;
        var explored = trace is null ? 0 : trace.Planned.Select((p, i) => Math.Abs(trace.Explored[i] - p)).Sum() / 2;

        return (after.Values.Sum() <= Math.Max(market.Total, before.Values.Sum())).Label($"total {after.Values.Sum()} > {market.Total}")
            .And(steps.Label("a budget rose more than 50%"))
            .And((Math.Max(up, down) <= guard.MaxBudgetReallocationPerDayFraction * market.Total).Label($"moved {Math.Max(up, down)}"))
            .And((!winnersCut).Label("a protected winner was cut"))
            .And((verdicts.All(v => v.Route == Route.Execute)).Label($"refused: {string.Join(" ", verdicts.SelectMany(v => v.Reasons))}"))
            .And((explored <= ((double)market.Exploration * (double)market.Total) + 1e-6).Label($"explored {explored:0.00}"));
    });
}
