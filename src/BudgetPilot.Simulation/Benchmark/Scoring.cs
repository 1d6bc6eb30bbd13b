using BudgetPilot.Simulation.Constraints;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>Turns runs into <see cref="RunScore"/>s for a horizon (the first H days of the run).</summary>
internal static class Scoring
{
    private const int PreShockWindowDays = 7;

    private const double RecoveredWithin = 0.02;

    public static RunScore Score(MarketSpec spec, int horizon, PolicyRun run, PolicyRun oracle, PolicyRun? baseline)
    {
        var profit = Profit(run, horizon);
        var end = spec.Start.AddDays(horizon);
        var inHorizon = run.Changes.Where(c => c.At < end).ToList();
        var violations = ConstraintChecker.Check(inHorizon, new ConstraintLimits(spec.TotalDailyBudget)).Count;
        var churn = (double)inHorizon
            .Where(c => c.Source == ChangeSource.Policy && c.At >= spec.Start)
            .Sum(c => Math.Abs(c.ActiveDelta)) / horizon;
        return new RunScore(
            spec.Scenario.Name,
            spec.Seed,
            run.Policy,
            horizon,
            profit,
            Profit(oracle, horizon),
            baseline is null ? double.NaN : Profit(baseline, horizon),
            violations,
            churn,
            RecoveryDays(run, oracle, horizon));
    }

    private static double Profit(PolicyRun run, int horizon) => run.Days.Take(horizon).Sum(d => d.Profit);

    /// <summary>
    /// For each shock starting after a week of run: days from its start until the policy's daily profit,
    /// as a share of the oracle's, is back within 2 points of its level in the week before (censored at
    /// the horizon). Null when no shock qualifies.
    /// </summary>
    private static double? RecoveryDays(PolicyRun run, PolicyRun oracle, int horizon)
    {
        double Ratio(int d) => oracle.Days[d].Profit > 0 ? run.Days[d].Profit / oracle.Days[d].Profit : double.NaN;
        var waits = new List<double>();
        foreach (var shock in run.Shocks.Where(s => s.StartDay >= PreShockWindowDays && s.StartDay < horizon))
        {
            var before = Enumerable.Range(shock.StartDay - PreShockWindowDays, PreShockWindowDays).Select(Ratio).Where(double.IsFinite).ToList();
            if (before.Count == 0)
            {
                continue;
            }

            var level = before.Average() - RecoveredWithin;
            var day = shock.StartDay;
            while (day < horizon && !(Ratio(day) >= level))
            {
                day++;
            }

            waits.Add(day - shock.StartDay);
        }

        return waits.Count > 0 ? waits.Average() : null;
    }
}
