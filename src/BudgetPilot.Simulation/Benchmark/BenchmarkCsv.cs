using System.Globalization;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>The summary table as CSV, one row per scenario × horizon × policy, invariant culture.</summary>
public static class BenchmarkCsv
{
    public static async Task WriteAsync(BenchmarkResult result, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteLineAsync("scenario,policy,horizon_days,seeds,pct_oracle_mean,pct_oracle_low,pct_oracle_high,gap_closed_mean,gap_closed_low,gap_closed_high,violations,churn_per_day_mean,recovery_days_mean,scored_against".AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var s in result.Summaries)
        {
            var fields = new[]
            {
                s.Scenario, s.Policy, N(s.HorizonDays), N(s.PercentOfOracle.Count),
                N(s.PercentOfOracle.Mean), N(s.PercentOfOracle.Low), N(s.PercentOfOracle.High),
                N(s.GapClosed.Mean), N(s.GapClosed.Low), N(s.GapClosed.High),
                N(s.Violations), N(s.ChurnPerDay.Mean), N(s.RecoveryDays.Mean), s.ScoredAgainst,
            };
            await writer.WriteLineAsync(string.Join(',', fields).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The learning curves: one row per scenario × policy × day, the day's %oracle summed over seeds.</summary>
    public static async Task WriteDailyAsync(BenchmarkResult result, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteLineAsync("scenario,policy,day,pct_oracle".AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var curve in result.Daily ?? [])
        {
            for (var d = 0; d < curve.PercentOfOracle.Count; d++)
            {
                await writer.WriteLineAsync($"{curve.Scenario},{curve.Policy},{N(d + 1)},{N(curve.PercentOfOracle[d])}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string N(double value) => double.IsFinite(value) ? value.ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
