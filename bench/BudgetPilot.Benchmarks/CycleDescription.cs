using System.Diagnostics;

namespace BudgetPilot.Benchmarks;

/// <summary>Runs the benchmarked cycle once per N and prints its counts, so the measured work can be checked.</summary>
public static class CycleDescription
{
    public static async Task WriteAsync(TextWriter output)
    {
        foreach (var n in new[] { 100, 1_000, 10_000 })
        {
            var bench = new CycleBenchmarks { Campaigns = n };
            bench.Build();
            var fill = Stopwatch.StartNew();
            bench.Fill();
            var filled = fill.Elapsed;
            var record = await bench.Cycle();
            await output.WriteLineAsync($"N={n}: fill {filled.TotalSeconds:0.00} s, cycle {record.Duration.TotalMilliseconds:0} ms, errors [{string.Join("; ", record.Errors)}]");
            await output.WriteLineAsync($"  {record.Counts}");
        }

        // The decision pipeline once warm, with the default 2% reserve and with a fully allocated budget.
        foreach (var reserve in new[] { 0.02m, 0m })
        {
            foreach (var n in new[] { 1_000, 10_000, 30_000 })
            {
                var pipeline = new DecisionPipelineBenchmarks { Campaigns = n, Reserve = reserve };
                pipeline.Build();
                pipeline.Decide();
                var watch = Stopwatch.StartNew();
                var results = pipeline.Decide();
                await output.WriteLineAsync($"pipeline reserve={reserve:P0} N={n}: {watch.Elapsed.TotalMilliseconds:0} ms ({results} detections + verdicts)");
            }
        }
    }
}
