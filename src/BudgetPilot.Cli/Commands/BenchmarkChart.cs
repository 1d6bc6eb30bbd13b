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
}
