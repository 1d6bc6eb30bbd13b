using BudgetPilot.Core.Analysis;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Core.Tests.Support;

/// <summary>
/// Hourly samples of one campaign over whole local days ending yesterday, built from one <see cref="Day"/>
/// per day. "Now" is local midnight of <see cref="Today"/> plus the hours of today given, so at the default
/// the 24h/48h/3d/7d/prior-7d windows are exactly the last 1/2/3/7 and the 7 before those local days.
/// Each day's totals are spread over its hours by cumulative rounding, so a day sums exactly to its numbers.
/// </summary>
public sealed class CampaignHistory
{
    /// <summary>A Wednesday in June: no DST change anywhere near it.</summary>
    public static readonly DateOnly Today = new(2025, 6, 18);

    private readonly List<Day> days = [];
    private Workspace workspace = Workspaces.Utc;
    private CampaignId id = new(Platform.GoogleAds, "search-brand");
    private string name = "Search Brand";
    private decimal budget = 250m;
    private CampaignStatus status = CampaignStatus.Active;
    private int hoursToday;
    private Day todayDay = new();
    private int? noConversionHours;
    private TimeSpan? runtime;

    private CampaignHistory()
    {
    }

    /// <summary><paramref name="count"/> identical days ending yesterday.</summary>
    public static CampaignHistory Of(int count, Day? day = null) => new CampaignHistory().Then(count, day ?? new Day());

    /// <summary>Appends <paramref name="count"/> more recent days, the last of them yesterday.</summary>
    public CampaignHistory Then(int count, Day day)
    {
        days.AddRange(Enumerable.Repeat(day, count));
        return this;
    }

    /// <summary>Appends one default day per ROAS given, oldest first, the last of them yesterday.</summary>
    public CampaignHistory ThenRoas(params decimal[] roas)
    {
        days.AddRange(roas.Select(r => new Day(Roas: r)));
        return this;
    }

    public CampaignHistory In(Workspace value)
    {
        workspace = value;
        return this;
    }

    public CampaignHistory As(string campaignId, Platform platform = Platform.GoogleAds, decimal dailyBudget = 250m)
    {
        id = new CampaignId(platform, campaignId);
        name = campaignId;
        budget = dailyBudget;
        return this;
    }

    public CampaignHistory Budget(decimal dailyBudget)
    {
        budget = dailyBudget;
        return this;
    }

    public CampaignHistory Paused()
    {
        status = CampaignStatus.Paused;
        return this;
    }

    /// <summary>Moves "now" <paramref name="hours"/> into today, delivering like <paramref name="day"/>.</summary>
    public CampaignHistory TodayFor(int hours, Day? day = null)
    {
        hoursToday = hours;
        todayDay = day ?? new Day();
        return this;
    }

    /// <summary>The last <paramref name="hours"/> hours before now have spend but no conversions (and so no value).</summary>
    public CampaignHistory NoConversionsForLast(int hours)
    {
        noConversionHours = hours;
        return this;
    }

    /// <summary>The campaign started this long before now (default: when its first day began).</summary>
    public CampaignHistory RunningFor(TimeSpan value)
    {
        runtime = value;
        return this;
    }

    public Workspace Workspace => workspace;

    public DateTimeOffset Now => workspace.StartOfDay(Today) + TimeSpan.FromHours(hoursToday);

    public Campaign Campaign => new(id, name, status, budget, runtime is { } r ? Now - r : workspace.StartOfDay(Today.AddDays(-days.Count)));

    public IReadOnlyList<MetricSample> Samples()
    {
        var samples = new List<MetricSample>();
        for (var i = 0; i < days.Count; i++)
        {
            Emit(samples, Today.AddDays(i - days.Count), days[i], int.MaxValue);
        }

        Emit(samples, Today, todayDay, hoursToday);
        if (noConversionHours is { } quiet)
        {
            var from = Now - TimeSpan.FromHours(quiet);
            samples = [.. samples.Select(s => s.Hour >= from ? s with { Conversions = 0m, ConversionValue = 0m } : s)];
        }

        var started = Campaign.StartedAt;
        return [.. samples.Where(s => s.Hour >= started)];
    }

    public CampaignAnalysis Analyze() => Analyzer.Analyze(workspace, Campaign, Samples(), Now);

    private void Emit(List<MetricSample> samples, DateOnly date, Day day, int maxHours)
    {
        var start = workspace.StartOfDay(date);
        var n = (int)(workspace.StartOfDay(date.AddDays(1)) - start).TotalHours;
        var clicks = day.Spend / day.Cpc;
        var impressions = clicks / day.Ctr;
        for (var h = 0; h < n && h < maxHours; h++)
        {
            samples.Add(new MetricSample(
                id,
                start + TimeSpan.FromHours(h),
                Spread(day.Spend, h, n, 6),
                (long)Spread(impressions, h, n, 0),
                (long)Spread(clicks, h, n, 0),
                Spread(day.DayConversions, h, n, 6),
                Spread(day.Spend * day.Roas, h, n, 6),
                day.ImpressionShare));
        }
    }

    private static decimal Spread(decimal total, int hour, int hours, int decimals) =>
        decimal.Round(total * (hour + 1) / hours, decimals) - decimal.Round(total * hour / hours, decimals);
}
