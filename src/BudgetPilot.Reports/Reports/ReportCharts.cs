using System.Globalization;
using ScottPlot;

namespace BudgetPilot.Reports.Reports;

/// <summary>The report's pictures (ScottPlot): money per day, and ROAS per day against the target.</summary>
public static class ReportCharts
{
    public static IReadOnlyList<ReportChart> Draw(PerformanceReport report) => [Money(report), Roas(report)];

    private static ReportChart Money(PerformanceReport report)
    {
        var plot = new Plot();
        var days = report.Days;
        var bars = new List<Bar>();
        for (var i = 0; i < days.Count; i++)
        {
            bars.Add(new Bar { Position = (i * 3) + 0, Value = (double)days[i].Totals.Spend, FillColor = Colors.SteelBlue });
            // Revenue still growing with late conversions is drawn pale, so the dip is not read as a fall.
            bars.Add(new Bar { Position = (i * 3) + 1, Value = (double)days[i].Totals.Revenue, FillColor = days[i].Provisional ? Colors.SeaGreen.WithAlpha(0.35) : Colors.SeaGreen });
        }

        plot.Add.Bars(bars);
        Ticks(plot, days, 3, 0.5);
        plot.Axes.Margins(bottom: 0);
        plot.YLabel(report.Currency);
        plot.Title("Spend and revenue per day");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Spend", FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Revenue", FillColor = Colors.SeaGreen });
        if (report.HasProvisionalDays)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Revenue (provisional)", FillColor = Colors.SeaGreen.WithAlpha(0.35) });
        }

        plot.ShowLegend(Edge.Right);
        return new ReportChart("money.png", "Spend and revenue per day", plot.GetImageBytes(900, 360, ImageFormat.Png));
    }

    private static ReportChart Roas(PerformanceReport report)
    {
        var plot = new Plot();
        var days = report.Days;
        var xs = Enumerable.Range(0, days.Count).Select(i => (double)i).ToArray();
        var ys = days.Select(d => (double)(d.Totals.Roas ?? 0m)).ToArray();
        // Settled days as a solid line; from the last settled day on, a dashed one for the provisional tail.
        var settled = days.TakeWhile(d => !d.Provisional).Count();
        var line = plot.Add.Scatter(xs[..settled], ys[..settled], Colors.DarkOrange);
        line.LineWidth = 3;
        line.LegendText = "ROAS";
        if (settled < days.Count)
        {
            var from = Math.Max(0, settled - 1);
            var tail = plot.Add.Scatter(xs[from..], ys[from..], Colors.DarkOrange.WithAlpha(0.6));
            tail.LineWidth = 3;
            tail.LinePattern = LinePattern.Dotted;
            tail.LegendText = "ROAS (provisional)";
        }

        var target = plot.Add.HorizontalLine((double)report.TargetRoas, 2, Colors.Crimson, LinePattern.Dashed);
        target.LegendText = $"Target {report.TargetRoas.ToString("0.##", CultureInfo.InvariantCulture)}";
        Ticks(plot, days, 1, 0);
        plot.Axes.SetLimitsY(0, Math.Max((double)report.TargetRoas, ys.DefaultIfEmpty(0).Max()) * 1.25);
        plot.YLabel("Revenue / spend");
        plot.Title("ROAS per day");
        plot.ShowLegend(Edge.Right);
        return new ReportChart("roas.png", "ROAS per day against the target", plot.GetImageBytes(900, 320, ImageFormat.Png));
    }

    private static void Ticks(Plot plot, IReadOnlyList<DayTotals> days, int stride, double offset)
    {
        var ticks = days.Select((d, i) => new Tick((i * stride) + offset, d.Day.ToString("ddd dd MMM", CultureInfo.InvariantCulture) + (d.Provisional ? "*" : string.Empty))).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
    }
}
