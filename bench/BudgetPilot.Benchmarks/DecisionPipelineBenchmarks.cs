using BenchmarkDotNet.Attributes;
using BudgetPilot.Core.Alerts;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Rules;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Benchmarks;

/// <summary>
/// The pure decision pipeline of one cycle, without stores or platforms: <c>Analyzer.Analyze</c> over
/// samples already grouped per campaign (the 16 days the analysis reads), the detectors, the seed rules and
/// the gate, with the gate's state built from the analyses as the snapshot builds it. Pure, so repeated
/// invocations do the same work.
/// </summary>
[MemoryDiagnoser]
public class DecisionPipelineBenchmarks
{
    private readonly WorkspaceSettings settings = new();
    private readonly SeedRulesEngine engine = new();
    private Portfolio portfolio = null!;

    [Params(100, 1_000, 10_000, 100_000)]
    public int Campaigns { get; set; }

    /// <summary>Share of the total budget not allocated to any campaign; 0 sends every increase to the reallocation.</summary>
    public decimal Reserve { get; set; } = 0.02m;

    [GlobalSetup]
    public void Build() => portfolio = Portfolio.Build(Campaigns, days: 16, Reserve);

    [Benchmark]
    public int Decide()
    {
        var ws = portfolio.Workspace;
        var now = Portfolio.Now;
        var analyses = new List<CampaignAnalysis>(portfolio.Campaigns.Count);
        for (var i = 0; i < portfolio.Campaigns.Count; i++)
        {
            analyses.Add(Analyzer.Analyze(ws, portfolio.Campaigns[i], portfolio.Samples[i], now));
        }

        var detections = analyses.SelectMany(a => Detectors.Detect(a, settings.Alerts)).ToList();
        var gate = new GateState(
            ws,
            portfolio.Campaigns.ToDictionary(c => c.Id),
            analyses.Where(a => a.Roas7d is not null).ToDictionary(a => a.Campaign.Id, a => a.Roas7d!.Value),
            analyses.ToDictionary(a => a.Campaign.Id, a => a.AverageDailySpend7d),
            DayLedger.Empty,
            now);
        var context = new DecisionContext(ws, settings, now, analyses, [], new Dictionary<CampaignId, DateTimeOffset>(), HourMark: true,
            settings.Guardrails.MaxBudgetReallocationPerDayFraction * ws.TotalDailyBudget, settings.Guardrails.MaxDailyAdjustments);
        var report = engine.Decide(context);
        var confident = report.ImmediateActions.Where(a => a.Confidence >= settings.ConfidenceThreshold).ToList();
        var verdicts = GuardrailGate.Evaluate(settings, gate, confident);
        return detections.Count + verdicts.Count;
    }
}
