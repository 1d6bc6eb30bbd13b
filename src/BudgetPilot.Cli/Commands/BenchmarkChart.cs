using BudgetPilot.Simulation.Benchmark;
using ScottPlot;

namespace BudgetPilot.Cli.Commands;

/// <summary>The quality table as a picture: % of the constrained oracle per scenario, one bar per policy, with 95% intervals.</summary>
internal static class BenchmarkChart
{
    private static readonly Color[] Palette =
    [
        Colors.Gray, Colors.SlateGray, Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen, Colors.MediumPurple, Colors.Crimson,
    ];

    public static void Save(BenchmarkResult result, int horizonDays, string path)
    {
        var plot = new Plot();
        var policies = result.Policies.ToList();
        var groupWidth = policies.Count + 1;
        var bars = new List<Bar>();
        for (var s = 0; s < result.Scenarios.Count; s++)
        {
            for (var p = 0; p < policies.Count; p++)
            {
                var cell = result.Summaries.FirstOrDefault(x => x.Scenario == result.Scenarios[s] && x.Policy == policies[p] && x.HorizonDays == horizonDays);
                if (cell is null || !double.IsFinite(cell.PercentOfOracle.Mean))
                {
                    continue;
                }

                var e = cell.PercentOfOracle;
                bars.Add(new Bar
                {
                    Position = (s * groupWidth) + p,
                    Value = e.Mean,
                    Error = double.IsFinite(e.High) ? (e.High - e.Low) / 2 : 0,
                    FillColor = Palette[p % Palette.Length],
                });
            }
        }

        plot.Add.Bars(bars);
        var ticks = result.Scenarios.Select((name, s) => new Tick((s * groupWidth) + ((policies.Count - 1) / 2.0), name)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("% of the constrained oracle (profit)");
        plot.Title($"Decision quality, {horizonDays} days, {result.SeedCount} seeds × {result.CampaignCount} campaigns (mean, 95% interval)");
        plot.Add.HorizontalLine(100, 1, Colors.Black, LinePattern.Dashed);
        for (var p = 0; p < policies.Count; p++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = policies[p], FillColor = Palette[p % Palette.Length] });
        }

        plot.ShowLegend(Edge.Right);
        plot.SavePng(path, 1400, 650);
    }

    /// <summary>The learning curves, averaged over scenarios: each policy's daily %oracle, day by day.</summary>
    public static void SaveDaily(BenchmarkResult result, string path)
    {
        var plot = new Plot();
        var policies = result.Policies.ToList();
        for (var p = 0; p < policies.Count; p++)
        {
            var curves = (result.Daily ?? []).Where(c => c.Policy == policies[p]).ToList();
            if (curves.Count == 0)
            {
                continue;
            }

            var days = curves.Min(c => c.PercentOfOracle.Count);
            var xs = Enumerable.Range(1, days).Select(d => (double)d).ToArray();
            var ys = Enumerable.Range(0, days).Select(d => curves.Select(c => c.PercentOfOracle[d]).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average()).ToArray();
            var line = plot.Add.ScatterLine(xs, ys, Palette[p % Palette.Length]);
            line.LineWidth = 2;
            line.LegendText = policies[p];
        }

        plot.Add.HorizontalLine(100, 1, Colors.Black, LinePattern.Dashed);
        plot.XLabel("day of the run");
        plot.YLabel("that day's profit, % of its oracle's");
        plot.Title($"Learning curves, mean of {result.Scenarios.Count} scenarios, {result.SeedCount} seeds × {result.CampaignCount} campaigns");
        plot.ShowLegend(Edge.Right);
        plot.SavePng(path, 1400, 650);
    }
}
