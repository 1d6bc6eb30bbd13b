using System.Globalization;
using System.Text;

namespace BudgetPilot.Simulation.Benchmark;

/// <summary>Policies × scenarios as a markdown table per horizon: "%oracle [95% CI]", violations flagged.</summary>
public static class BenchmarkMarkdown
{
    public static string Render(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        foreach (var horizon in result.HorizonsDays)
        {
            text.Append(CultureInfo.InvariantCulture, $"### %oracle, {horizon} days ({result.SeedCount} seeds, {result.CampaignCount} campaigns)\n\n");
            text.Append("| policy | ").AppendJoin(" | ", result.Scenarios).Append(" |\n");
            text.Append("|---|").Append(string.Concat(Enumerable.Repeat("---|", result.Scenarios.Count))).Append('\n');
            foreach (var policy in result.Policies)
            {
                text.Append("| ").Append(policy).Append(" |");
                foreach (var scenario in result.Scenarios)
                {
                    var s = result.Summaries.First(x => x.Policy == policy && x.Scenario == scenario && x.HorizonDays == horizon);
                    var cell = string.Create(CultureInfo.InvariantCulture, $" {s.PercentOfOracle.Mean:0.0} [{s.PercentOfOracle.Low:0.0}, {s.PercentOfOracle.High:0.0}]");
                    text.Append(cell).Append(s.Violations > 0 ? $" ⚠{s.Violations}" : string.Empty).Append(" |");
                }

                text.Append('\n');
            }

            text.Append('\n');
        }

        var others = result.Summaries.Where(s => s.ScoredAgainst != OraclePolicy.ConstrainedName).Select(s => (s.Policy, s.ScoredAgainst)).Distinct().ToList();
        text.Append("%oracle divides by `").Append(OraclePolicy.ConstrainedName).Append("`: constraints (1)–(6) of BENCHMARK.md, approvals unanswered, the setting every policy runs in");
        foreach (var (policy, oracle) in others)
        {
            text.Append("; `").Append(policy).Append("` runs with a manager who approves everything and divides by `").Append(oracle).Append('`');
        }

        text.Append(".\n");
        return text.ToString();
    }
}
