using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Allocation;

/// <summary>One imported history row: a day (or an hour of it) of one campaign.</summary>
public sealed record HistoryRow(DateOnly Date, Platform Platform, string Campaign, decimal Spend, long Impressions, long Clicks, decimal Conversions, decimal Value);

/// <summary>What a policy would have done on one day of the history, after the gate, with its own estimate of the effect.</summary>
public sealed record BacktestDay(DateOnly Date, IReadOnlyList<ProposedAction> Taken, IReadOnlyList<GateVerdict> Refused, decimal EstimatedDailyProfitChange, IReadOnlyList<string> Caveats);

/// <summary>
/// Replays a policy over imported history, one decision per day at midnight, each seeing only the days
/// before it. The history does not change with the decisions (nobody can know what a different budget
/// would have bought), so the replay reports what the policy would have done and the effect the policy's
/// own fitted curves expect, with intervals: never a counterfactual outcome. A campaign's budget on a day
/// is taken to be what it spent the day before.
/// </summary>
public static class Backtest
{
    public const int WarmUpDays = 7;

    public static IReadOnlyList<BacktestDay> Run(IReadOnlyList<HistoryRow> rows, DecisionPolicy policy, WorkspaceSettings settings, decimal? totalDailyBudget = null, AllocatorSettings? allocator = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(settings);
        if (rows.Count == 0)
        {
            throw new ArgumentException("The history has no rows.", nameof(rows));
        }

        // Hourly rows add up to their day.
        var days = rows
            .GroupBy(r => (r.Platform, r.Campaign, r.Date))
            .ToDictionary(g => g.Key, g => new Kpis(g.Sum(r => r.Spend), g.Sum(r => r.Value), g.Sum(r => r.Conversions), g.Sum(r => r.Clicks), g.Sum(r => r.Impressions), 24));
        var campaigns = days.Keys.Select(k => (k.Platform, k.Campaign)).Distinct().OrderBy(c => c.Platform).ThenBy(c => c.Campaign, StringComparer.Ordinal).ToList();
        var first = days.Keys.Min(k => k.Date);
        var last = days.Keys.Max(k => k.Date);
        var dailyTotals = days.GroupBy(kv => kv.Key.Date).Select(g => g.Sum(kv => kv.Value.Spend)).ToList();
        var total = totalDailyBudget ?? dailyTotals.Max();
        if (total <= 0m)
        {
            throw new ArgumentException("The history spends nothing; give the total daily budget with --budget.", nameof(totalDailyBudget));
        }

        var workspace = new Workspace("backtest", "Backtest", total, "USD", TimeZoneInfo.Utc, 3m, null, total);
        var engines = DecisionPolicies.Engines(policy, allocator);
        var result = new List<BacktestDay>();
        for (var date = first.AddDays(WarmUpDays); date <= last; date = date.AddDays(1))
        {
            var now = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var analyses = new List<CampaignAnalysis>();
            foreach (var (platform, name) in campaigns)
            {
                var history = new List<DailyPoint>();
                for (var d = date.AddDays(-WarmUpDays); d < date; d = d.AddDays(1))
                {
                    if (days.TryGetValue((platform, name, d), out var k))
                    {
                        history.Add(new DailyPoint(d, k));
                    }
                }

                var started = days.Keys.Where(k => k.Platform == platform && k.Campaign == name).Min(k => k.Date);
                if (history.Count == 0 || started >= date)
                {
                    continue;
                }

                analyses.Add(Analyse(platform, name, history, date, now, started, days));
            }

            var cap = settings.Guardrails.MaxBudgetReallocationPerDayFraction * total;
            var ctx = new DecisionContext(workspace, settings, now, analyses, [], new Dictionary<CampaignId, DateTimeOffset>(), true, cap, settings.Guardrails.MaxDailyAdjustments);
            var proposals = new List<ProposedAction>();
            var caveats = new List<string>();
            foreach (var engine in engines)
            {
                var report = engine.DecideAsync(ctx, CancellationToken.None).GetAwaiter().GetResult();
                proposals.AddRange(report.ImmediateActions.Where(a => proposals.All(p => p.Campaign != a.Campaign)));
                caveats.AddRange(report.RisksAndCaveats);
            }

            var confident = proposals.Where(a => a.Confidence >= settings.ConfidenceThreshold).ToList();
            var state = new GateState(workspace, analyses.ToDictionary(a => a.Campaign.Id, a => a.Campaign),
                analyses.Where(a => a.Roas7d is not null).ToDictionary(a => a.Campaign.Id, a => a.Roas7d!.Value),
                analyses.ToDictionary(a => a.Campaign.Id, a => a.AverageDailySpend7d), DayLedger.Empty, now);
            var verdicts = GuardrailGate.Evaluate(settings, state, confident);
            var taken = verdicts.Where(v => v.Route is Route.Execute or Route.RequireApproval or Route.Advise).Select(v => v.Action).ToList();
            result.Add(new BacktestDay(date, taken, [.. verdicts.Where(v => v.Route == Route.Reject)], taken.Sum(a => a.EstimatedImpact.DailyProfitChange), caveats));
        }

        return result;
    }

    private static CampaignAnalysis Analyse(Platform platform, string name, List<DailyPoint> history, DateOnly date, DateTimeOffset now, DateOnly started, Dictionary<(Platform, string, DateOnly), Kpis> days)
    {
        Kpis Sum(int from, int to)
        {
            var k = Kpis.Empty;
            for (var d = date.AddDays(-to); d < date.AddDays(-from); d = d.AddDays(1))
            {
                if (days.TryGetValue((platform, name, d), out var day))
                {
                    k = k.Plus(day);
                }
            }

            return k;
        }

        var yesterday = Sum(0, 1);
        var budget = Math.Max(history[^1].Kpis.Spend, 0.01m);
        var campaign = new Campaign(new CampaignId(platform, name), name, CampaignStatus.Active, decimal.Round(budget, 2), new DateTimeOffset(started.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var windows = new KpiWindows(Kpis.Empty, yesterday, Sum(0, 2), Sum(0, 3), Sum(0, 7), Sum(7, 14), yesterday, Sum(7, 8));
        var roas = history.Where(h => h.Kpis.Roas is not null).Select(h => (double)h.Kpis.Roas!.Value).ToList();
        return new CampaignAnalysis(campaign, now, windows, history, TrendFit.Of(roas), Analyzer.Volatility(roas), null, 0m, null, now - campaign.StartedAt);
    }
}
