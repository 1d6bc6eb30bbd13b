using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Decisions;
using BudgetPilot.Core.Guardrails;
using BudgetPilot.Core.Settings;

namespace BudgetPilot.Core.Tests.Allocation;

/// <summary>Synthetic markets with known response curves: what the allocator sees is drawn from them, with noise.</summary>
internal static class Markets
{
    /// <summary>Local midnight, the allocator's decision hour.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 11, 0, 0, 0, TimeSpan.Zero);

    public static readonly Workspace Workspace = new("ws-alloc", "Alloc", 10_000m, "USD", TimeZoneInfo.Utc, 2m, null, 5_000m);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>Days ending yesterday: spend of each day, value drawn around the curve with multiplicative noise.</summary>
    public static List<DailyPoint> Days(HillCurve truth, IReadOnlyList<double> spends, Random random, double noise = 0.05, double valuePerConversion = 50)
    {
        var days = new List<DailyPoint>();
        for (var k = 0; k < spends.Count; k++)
        {
            var date = Today.AddDays(-spends.Count + k);
            var value = truth.Value(spends[k]) * (1 + (noise * ((2 * random.NextDouble()) - 1)));
            var kpis = new Kpis((decimal)Math.Round(spends[k], 2), (decimal)Math.Round(value, 2), (decimal)Math.Round(value / valuePerConversion, 2), 1000, 100_000, 24);
            days.Add(new DailyPoint(date, kpis));
        }

        return days;
    }

    public static CampaignAnalysis Analysis(string id, Platform platform, decimal budget, IReadOnlyList<DailyPoint> days, double? impressionShare = 0.5)
    {
        var campaign = new Campaign(new CampaignId(platform, id), id, CampaignStatus.Active, budget, Now.AddDays(-60));
        var week = days.TakeLast(7).Aggregate(Kpis.Empty, (sum, d) => sum.Plus(d.Kpis));
        var yesterday = days.Count > 0 ? days[^1].Kpis : Kpis.Empty;
        var windows = new KpiWindows(Kpis.Empty, yesterday, yesterday, week, week, week, yesterday, yesterday);
        return new CampaignAnalysis(campaign, Now, windows, days.TakeLast(7).ToList(), TrendFit.None, null, TimeSpan.FromHours(1), 0m, impressionShare, TimeSpan.FromDays(60));
    }

    public static DecisionContext Context(IReadOnlyList<CampaignAnalysis> analyses, WorkspaceSettings? settings = null, Workspace? workspace = null) =>
        new(workspace ?? Workspace, settings ?? new WorkspaceSettings(), Now, analyses, [], new Dictionary<CampaignId, DateTimeOffset>(), true,
            (settings ?? new WorkspaceSettings()).Guardrails.MaxBudgetReallocationPerDayFraction * (workspace ?? Workspace).TotalDailyBudget, 50);

    public static GateState Gate(DecisionContext ctx) => new(
        ctx.Workspace,
        ctx.Analyses.ToDictionary(a => a.Campaign.Id, a => a.Campaign),
        ctx.Analyses.Where(a => a.Roas7d is not null).ToDictionary(a => a.Campaign.Id, a => a.Roas7d!.Value),
        ctx.Analyses.ToDictionary(a => a.Campaign.Id, a => a.AverageDailySpend7d),
        DayLedger.Empty,
        ctx.Now);

    /// <summary>A campaign whose days wander around its budget on a known curve, with 2% noise.</summary>
    public static CampaignAnalysis Campaign(string id, Platform platform, HillCurve truth, double budget, int seed, double? share = 0.5, int days = 7)
    {
        var random = new Random(seed);
        return Analysis(id, platform, (decimal)budget, Days(truth, Wandering(budget, days, random), random, noise: 0.02), share);
    }

    /// <summary>A week of spends wandering ±30% around a level, so the curve is seen at more than one point.</summary>
    public static List<double> Wandering(double level, int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(_ => level * (0.7 + (0.6 * random.NextDouble())))];
}
