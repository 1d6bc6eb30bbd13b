using BudgetPilot.Core.Campaigns;

namespace BudgetPilot.Core.Analysis;

/// <summary>What the analysis knows about one campaign at one instant; everything the rules read.</summary>
public sealed record CampaignAnalysis(
    Campaign Campaign,
    DateTimeOffset At,
    KpiWindows Windows,
    IReadOnlyList<DailyPoint> Days,
    TrendFit RoasTrend,
    double? RoasVolatility,
    TimeSpan? SinceLastConversion,
    decimal SpendSinceLastConversion,
    double? ImpressionShare,
    TimeSpan Runtime)
{
    public decimal? Roas7d => Windows.Last7d.Roas;

    public decimal AverageDailySpend7d => Windows.Last7d.Spend / 7m;

    /// <summary>How many complete days, ending yesterday, had ROAS below <paramref name="threshold"/> in a row.</summary>
    public int ConsecutiveDaysRoasBelow(decimal threshold)
    {
        var count = 0;
        for (var i = Days.Count - 1; i >= 0; i--)
        {
            var roas = Days[i].Kpis.Roas;
            if (roas is null || roas >= threshold)
            {
                break;
            }

            count++;
        }

        return count;
    }

    public static decimal? Change(decimal? recent, decimal? baseline) =>
        recent is { } r && baseline is { } b && b != 0m ? (r - b) / b : null;
}
