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
    public static CampaignAnalysis Analyze(Workspace workspace, Campaign campaign, IReadOnlyList<MetricSample> samples, DateTimeOffset now)
    {
        var today = workspace.LocalDate(now);
        var todayStart = workspace.StartOfDay(today);
        var yesterdayStart = workspace.StartOfDay(today.AddDays(-1));
        var lastWeekStart = workspace.StartOfDay(today.AddDays(-7));
        var lastWeekSameTime = lastWeekStart + (now - todayStart);
        var firstTrendDay = today.AddDays(-TrendDays);
        var firstTrendStart = workspace.StartOfDay(firstTrendDay);

        // Day boundaries once per campaign, not a time-zone conversion per sample (the hot loop of every cycle).
        Span<DateTimeOffset> dayEnds = stackalloc DateTimeOffset[TrendDays];
        for (var i = 0; i < TrendDays; i++)
        {
            dayEnds[i] = workspace.StartOfDay(firstTrendDay.AddDays(i + 1));
        }

        Kpis t = default, h24 = default, h48 = default, d3 = default, d7 = default, p7 = default, y = default, lw = default;
        var days = new Kpis[TrendDays];
        DateTimeOffset? lastConversion = null;
        decimal spendSinceConversion = 0m;
        decimal shareSum = 0m; // decimal: 24 × 0.70 summed in double averages to 0.6999…, under the 70% threshold
        var shareCount = 0;

        foreach (var s in samples)
        {
            if (s.Hour >= now)
            {
                continue;
            }

            var age = now - s.Hour;
            if (s.Hour >= todayStart) t = t.Add(s);
            if (age <= TimeSpan.FromHours(24)) h24 = h24.Add(s);
            if (age <= TimeSpan.FromHours(48)) h48 = h48.Add(s);
            if (age <= TimeSpan.FromHours(72)) d3 = d3.Add(s);
            if (age <= TimeSpan.FromDays(7)) d7 = d7.Add(s);
            else if (age <= TimeSpan.FromDays(14)) p7 = p7.Add(s);
            if (s.Hour >= yesterdayStart && s.Hour < todayStart) y = y.Add(s);
            if (s.Hour >= lastWeekStart && s.Hour < lastWeekSameTime) lw = lw.Add(s);
            if (s.Hour >= firstTrendStart && s.Hour < todayStart)
            {
                var index = 0;
                while (index < TrendDays - 1 && s.Hour >= dayEnds[index])
                {
                    index++;
                }

                days[index] = days[index].Add(s);
            }

            if (s.Conversions > 0m)
            {
                lastConversion = s.Hour + TimeSpan.FromHours(1);
                spendSinceConversion = 0m;
            }
            else
            {
                spendSinceConversion += s.Spend;
            }

            if (age <= TimeSpan.FromHours(24) && s.ImpressionShare is { } share && double.IsFinite(share))
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
            var date = firstTrendDay.AddDays(i);
            if (workspace.StartOfDay(date) < campaign.StartedAt)
            {
                continue;
            }

            daily.Add(new DailyPoint(date, days[i]));
            if (days[i].Roas is { } r)
            {
                roasSeries.Add((double)r);
            }
        }

        var sinceConversion = lastConversion is { } at
            ? now - at
            : (campaign.StartedAt > now - History ? runtime : History);

        return new CampaignAnalysis(
            campaign,
            now,
            new KpiWindows(t, h24, h48, d3, d7, p7, y, lw),
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
