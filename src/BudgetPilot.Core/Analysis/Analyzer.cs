using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Core.Analysis;

/// <summary>Turns hourly samples into windows, daily series, a trend and a volatility. Pure and single-pass.</summary>
public static class Analyzer
{
    /// <summary>How far back the analysis reads: two full weeks before today, plus today.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(16);

    public const int TrendDays = 7;

    /// <summary>Analyses one campaign; <paramref name="samples"/> are that campaign's, in hour order.</summary>
    public static CampaignAnalysis Analyze(Workspace workspace, Campaign campaign, IReadOnlyList<MetricSample> samples, DateTimeOffset now) =>
        Analyze(AnalysisFrame.Of(workspace, now), campaign, samples);

    /// <summary>Analyses one campaign against a frame computed once per cycle for every campaign.</summary>
    public static CampaignAnalysis Analyze(AnalysisFrame frame, Campaign campaign, IReadOnlyList<MetricSample> samples)
    {
        var now = frame.Now;
        var todayStart = frame.TodayStart;
        var lastWeekSameTime = frame.LastWeekStart + (now - todayStart);
        var firstTrendStart = frame.DayStarts[0];
        var dayEnds = frame.DayStarts.AsSpan(1);

        // One Add per sample into disjoint age buckets; the nested windows (24h ⊂ 48h ⊂ 3d ⊂ 7d) are sums of them.
        Kpis t = default, b24 = default, b48 = default, b72 = default, b7d = default, p7 = default, lw = default;
        var days = new Kpis[TrendDays];
        DateTimeOffset? lastConversion = null;
        decimal spendSinceConversion = 0m;
        decimal shareSum = 0m; // decimal: 24 × 0.70 summed in double averages to 0.6999…, under the 70% threshold
        var shareCount = 0;
        long nowTicks = now.UtcTicks, todayTicks = todayStart.UtcTicks, trendTicks = firstTrendStart.UtcTicks;
        long lastWeekFrom = frame.LastWeekStart.UtcTicks, lastWeekTo = lastWeekSameTime.UtcTicks;
        const long Hour = TimeSpan.TicksPerHour;

        // Rolling windows count whole hours back from the start of the current hour, so a window always holds
        // the same closed hours whatever the minute of the cycle: measured from "now", a cycle at :15 would drop
        // the oldest hour while the current one is not reported yet, and a 7-day ROAS would hang on 167 hours.
        var anchorTicks = nowTicks - (nowTicks % Hour);

        foreach (var s in samples)
        {
            var at = s.Hour.UtcTicks;
            if (at >= nowTicks)
            {
                continue;
            }

            var age = anchorTicks - at;
            if (age <= 24 * Hour) b24 = b24.Add(s);
            else if (age <= 48 * Hour) b48 = b48.Add(s);
            else if (age <= 72 * Hour) b72 = b72.Add(s);
            else if (age <= 168 * Hour) b7d = b7d.Add(s);
            else if (age <= 336 * Hour) p7 = p7.Add(s);

            if (at >= todayTicks)
            {
                t = t.Add(s);
            }
            else if (at >= trendTicks)
            {
                var index = 0;
                while (index < TrendDays - 1 && s.Hour >= dayEnds[index])
                {
                    index++;
                }

                days[index] = days[index].Add(s);
            }

            if (at >= lastWeekFrom && at < lastWeekTo) lw = lw.Add(s);

            if (s.Conversions > 0m)
            {
                lastConversion = s.Hour + TimeSpan.FromHours(1);
                spendSinceConversion = 0m;
            }
            else
            {
                spendSinceConversion += s.Spend;
            }

            if (age <= 24 * Hour && s.ImpressionShare is { } share && double.IsFinite(share))
            {
                shareSum += (decimal)Math.Clamp(share, 0d, 1d);
                shareCount++;
            }
        }

        var runtime = now - campaign.StartedAt;
        var daily = new List<DailyPoint>(TrendDays);
        var roasSeries = new List<double>(TrendDays);
        for (var i = 0; i < TrendDays; i++)
        {
            var date = frame.FirstTrendDay.AddDays(i);
            if (frame.DayStarts[i] < campaign.StartedAt)
            {
                continue;
            }

            daily.Add(new DailyPoint(date, days[i]));
            if (days[i].Roas is { } r)
            {
                roasSeries.Add((double)r);
            }
        }

        var sinceConversion = lastConversion is { } converted
            ? now - converted
            : (campaign.StartedAt > now - History ? runtime : History);

        return new CampaignAnalysis(
            campaign,
            now,
            new KpiWindows(t, b24, b24.Plus(b48), b24.Plus(b48).Plus(b72), b24.Plus(b48).Plus(b72).Plus(b7d), p7, days[TrendDays - 1], lw),
            daily,
            TrendFit.Of(roasSeries),
            Volatility(roasSeries),
            sinceConversion < TimeSpan.Zero ? TimeSpan.Zero : sinceConversion,
            spendSinceConversion,
            shareCount > 0 ? (double)(shareSum / shareCount) : null,
            runtime);
    }

    /// <summary>Coefficient of variation of the daily ROAS series (sample standard deviation over mean).</summary>
    public static double? Volatility(IReadOnlyList<double> series)
    {
        if (series.Count < 3)
        {
            return null;
        }

        var mean = series.Average();
        if (mean <= 0)
        {
            return null;
        }

        var variance = series.Sum(v => (v - mean) * (v - mean)) / (series.Count - 1);
        return Math.Sqrt(variance) / mean;
    }
}
