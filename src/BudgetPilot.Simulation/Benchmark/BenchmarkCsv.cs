using System.Globalization;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>The summary table as CSV, one row per scenario × horizon × policy, invariant culture.</summary>
public static class BenchmarkCsv
{
    public static async Task WriteAsync(BenchmarkResult result, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteLineAsync("scenario,policy,horizon_days,seeds,pct_oracle_mean,pct_oracle_low,pct_oracle_high,gap_closed_mean,gap_closed_low,gap_closed_high,violations,churn_per_day_mean,recovery_days_mean".AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var s in result.Summaries)
        {
            var fields = new[]
            {
                s.Scenario, s.Policy, N(s.HorizonDays), N(s.PercentOfOracle.Count),
                N(s.PercentOfOracle.Mean), N(s.PercentOfOracle.Low), N(s.PercentOfOracle.High),
                N(s.GapClosed.Mean), N(s.GapClosed.Low), N(s.GapClosed.High),
                N(s.Violations), N(s.ChurnPerDay.Mean), N(s.RecoveryDays.Mean),
            };
            await writer.WriteLineAsync(string.Join(',', fields).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string N(double value) => double.IsFinite(value) ? value.ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
