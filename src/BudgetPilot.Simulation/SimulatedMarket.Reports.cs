using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Metrics;

namespace BudgetPilot.Simulation;

public sealed partial class SimulatedMarket
{
    private int ClosedHours => tick / 4;

    /// <summary>
    /// Hourly samples of a platform's launched campaigns for closed hours starting in [from, to), by
    /// campaign then hour, with conversions attributed to the click hour and only those matured by now.
    /// </summary>
    public IReadOnlyList<MetricSample> ReadMetrics(Platform platform, DateTimeOffset from, DateTimeOffset to)
    {
        var first = Math.Max(0, (int)Math.Ceiling((from - origin).TotalHours));
        var last = Math.Min(ClosedHours, (int)Math.Ceiling((to - origin).TotalHours));
        var samples = new List<MetricSample>();
        for (var i = 0; i < table.Count; i++)
        {
            if (table.Platforms[i] != platform || !table.Launched[i])
            {
                continue;
            }

            for (var h = first; h < last; h++)
            {
                var day = cells[h / 24];
                var index = (i * 24) + (h % 24);
                if (index >= day.Length || day[index].Spend <= 0)
                {
                    continue;
                }

                ref readonly var cell = ref day[index];
                var (conversions, value) = Matured(i, h, cell);
                samples.Add(new MetricSample(
                    table.Ids[i],
                    origin.AddHours(h),
                    decimal.Round((decimal)cell.Spend, 2),
                    cell.Impressions,
                    cell.Clicks,
                    (decimal)conversions,
                    decimal.Round((decimal)value, 2),
                    cell.ImpressionShare));
            }
        }

        return samples;
    }

    /// <summary>ROAS over the last 168 closed hours as the platform reports it now (matured value / spend); 0 without spend.</summary>
    public double ObservedRoas7d(int index)
    {
        double spend = 0, value = 0;
        for (var h = Math.Max(0, ClosedHours - 168); h < ClosedHours; h++)
        {
            var day = cells[h / 24];
            var cellIndex = (index * 24) + (h % 24);
            if (cellIndex >= day.Length || day[cellIndex].Spend <= 0)
            {
                continue;
            }

            spend += day[cellIndex].Spend;
            value += Matured(index, h, day[cellIndex]).Value;
        }

        return spend > 0 ? value / spend : 0;
    }
}
