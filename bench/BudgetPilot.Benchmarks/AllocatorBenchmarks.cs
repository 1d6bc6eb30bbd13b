using BenchmarkDotNet.Attributes;
using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Benchmarks;

/// <summary>
/// One allocation by the response-curve allocator: fit every campaign's curve from a week of daily points
/// (25 Hill shapes each), allocate the total by equal marginal ROAS twice (posterior mean and a Thompson
/// draw), settle and write the proposals. A fresh engine per invocation, since it decides once a day.
/// <see cref="SolveOnly"/> is the water-filling/knapsack step alone on already tabulated curves.
/// </summary>
[MemoryDiagnoser]
public class AllocatorBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 3, 11, 0, 0, 0, TimeSpan.Zero);

    private DecisionContext context = null!;
    private AllocationProblem problem = null!;

    [Params(1_000, 10_000)]
    public int Campaigns { get; set; }

    [GlobalSetup]
    public void Build()
    {
        var random = new Random(17);
        Platform[] platforms = [Platform.GoogleAds, Platform.MetaAds, Platform.TikTokAds, Platform.LinkedInAds];
        var analyses = new List<CampaignAnalysis>(Campaigns);
        var curves = new HillCurve[Campaigns];
        var current = new double[Campaigns];
        for (var i = 0; i < Campaigns; i++)
        {
            var budget = 100 + (random.NextDouble() * 1900);
            var alpha = new[] { 0.7, 1.0, 1.5, 2.5 }[i % 4];
            var kappa = budget * (0.5 + (1.5 * random.NextDouble()));
            var curve = new HillCurve(alpha, kappa, 1);
            curve = curve with { Beta = (0.8 + (7 * random.NextDouble())) * budget / curve.Value(budget) };
            curves[i] = curve;
            current[i] = budget;
            var days = new List<DailyPoint>(7);
            var week = Kpis.Empty;
            for (var d = 7; d >= 1; d--)
            {
                var spend = budget * (0.8 + (0.4 * random.NextDouble()));
                var value = curve.Value(spend) * (0.9 + (0.2 * random.NextDouble()));
                var k = new Kpis((decimal)spend, (decimal)value, (decimal)(value / 60), (long)spend, (long)(spend * 30), 24);
                days.Add(new DailyPoint(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-d), k));
                week = week.Plus(k);
            }

            var campaign = new Campaign(new CampaignId(platforms[i % 4], $"c{i:00000}"), $"Campaign {i}", CampaignStatus.Active, decimal.Round((decimal)budget, 2), Now.AddDays(-60));
            var windows = new KpiWindows(Kpis.Empty, days[^1].Kpis, days[^1].Kpis, week, week, week, days[^1].Kpis, days[^1].Kpis);
            analyses.Add(new CampaignAnalysis(campaign, Now, windows, days, TrendFit.None, null, TimeSpan.FromHours(1), 0m, 0.6, TimeSpan.FromDays(60)));
        }

        var total = analyses.Sum(a => a.Campaign.DailyBudget);
        var workspace = new Workspace("bench", "Bench", total, "USD", TimeZoneInfo.Utc, 3m, null, total);
        var settings = new WorkspaceSettings { Guardrails = new GuardrailSettings { MaxDailyAdjustments = 10_000 } };
        context = new DecisionContext(workspace, settings, Now, analyses, [], new Dictionary<CampaignId, DateTimeOffset>(), true, 0.3m * total, 10_000);

        var spends = new double[Campaigns][];
        var values = new double[Campaigns][];
        for (var i = 0; i < Campaigns; i++)
        {
            (spends[i], values[i]) = AllocationProblem.Tabulate(curves[i].Value, current[i] * 0.8, current[i], current[i] * 1.2, 12);
        }

        problem = new AllocationProblem(current, spends, values, (double)total, 0.1 * (double)total, 0.08);
    }

    [Benchmark]
    public int Allocate() => new ResponseCurveAllocator().Decide(context).ImmediateActions.Count;

    [Benchmark]
    public double SolveOnly() => BudgetAllocator.Solve(problem)[0];
}
