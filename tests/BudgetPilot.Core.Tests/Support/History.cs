using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Core.Tests.Support;

/// <summary>Flat hourly history: a daily spend spread evenly over the hours, at a given ROAS per day.</summary>
public static class History
{
    public static IEnumerable<MetricSample> Daily(CampaignId id, DateTimeOffset firstHour, int days, decimal dailySpend, Func<int, decimal> roasOnDay, decimal cpc = 1m, decimal aov = 50m)
    {
        for (var h = 0; h < days * 24; h++)
        {
            var spend = dailySpend / 24m;
            var value = spend * roasOnDay(h / 24);
            var clicks = (long)(spend / cpc);
            yield return new MetricSample(id, firstHour.AddHours(h), spend, clicks * 50, clicks, value / aov, value, 0.9);
        }
    }
}
