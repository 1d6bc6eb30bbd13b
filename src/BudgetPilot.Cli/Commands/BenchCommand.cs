using System.CommandLine;
using BudgetPilot.Simulation;
using BudgetPilot.Simulation.Benchmark;
using Spectre.Console;

namespace BudgetPilot.Cli.Commands;

/// <summary><c>budgetpilot bench</c>: the quality benchmark of BENCHMARK.md §1, every policy against the oracle.</summary>
public static class BenchCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var seeds = new Option<int>("--seeds") { Description = "Seeds per scenario (at least 20 for the published table).", DefaultValueFactory = _ => 20 };
        var campaigns = new Option<int>("--campaigns") { Description = "Campaigns per market (the published table: 20).", DefaultValueFactory = _ => 20 };
        var scenarios = new Option<string[]>("--scenario") { Description = "Scenarios to run (default: all).", AllowMultipleArgumentsPerToken = true };
        var firstSeed = new Option<ulong>("--first-seed") { Description = "First seed; seeds run from here upwards (markets the allocator was never tuned on start well above 100).", DefaultValueFactory = _ => 1 };
        var budget = new Option<decimal>("--budget") { Description = "Total daily budget of each market.", DefaultValueFactory = _ => 20_000m };
        var days = new Option<int>("--days") { Description = "Longest horizon (the published table: 30); with 90, 30 days is scored from the same runs.", DefaultValueFactory = _ => 30 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the CSV, JSON, Markdown table and PNG charts.", DefaultValueFactory = _ => new DirectoryInfo("artifacts/bench") };

        var policies = new Option<string[]>("--policy") { Description = "Policies to run (default: all); the constrained oracle is always added.", AllowMultipleArgumentsPerToken = true };
        budget.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<decimal>() <= 0m)
            {
                r.AddError($"--budget {r.GetValueOrDefault<decimal>()} must be above 0.");
            }
        });
        seeds.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError($"--seeds {r.GetValueOrDefault<int>()} must be at least 1.");
            }
        });
        var quality = new Command("quality", "Policies × scenarios, % of the constrained oracle, 95% intervals.") { seeds, firstSeed, campaigns, budget, scenarios, days, output, policies };
        quality.SetAction(async (parse, cancellationToken) =>
        {
            var horizon = parse.GetValue(days);
            var chosen = parse.GetValue(scenarios) is { Length: > 0 } names ? names.Select(Scenario.Parse).ToList() : Scenario.All;
            var options = new BenchmarkOptions
            {
                SeedCount = parse.GetValue(seeds),
                FirstSeed = parse.GetValue(firstSeed),
                TotalDailyBudget = parse.GetValue(budget),
                CampaignCount = parse.GetValue(campaigns),
                Scenarios = chosen,
                HorizonsDays = horizon > 30 ? [30, horizon] : [horizon],
                Policies = parse.GetValue(policies) is { Length: > 0 } picked ? Pick(picked) : Policies.Defaults,
            };

            BenchmarkResult result = null!;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"{chosen.Count} scenarios × {options.SeedCount} seeds × {options.Policies.Count} policies");
                    result = await BenchmarkRunner.RunAsync(options, new Progress<BenchmarkProgress>(p => task.Value = 100.0 * p.Completed / Math.Max(1, p.Total)), cancellationToken);
                    task.Value = 100;
                });

            var folder = parse.GetValue(output)!;
            folder.Create();
            await using (var csv = File.CreateText(Path.Combine(folder.FullName, "quality.csv")))
            {
                await BenchmarkCsv.WriteAsync(result, csv, cancellationToken);
            }

            await using (var json = File.Create(Path.Combine(folder.FullName, "quality.json")))
            {
                await BenchmarkJson.WriteAsync(result, json, cancellationToken);
            }

            await using (var daily = File.CreateText(Path.Combine(folder.FullName, "daily.csv")))
            {
                await BenchmarkCsv.WriteDailyAsync(result, daily, cancellationToken);
            }

            BenchmarkChart.SaveDaily(result, Path.Combine(folder.FullName, "learning-curves.png"));
            foreach (var h in options.HorizonsDays)
            {
                BenchmarkChart.Save(result, h, Path.Combine(folder.FullName, $"quality-{h}d.png"));
            }

            var markdown = BenchmarkMarkdown.Render(result);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "quality.md"), markdown, cancellationToken);
            console.WriteLine(markdown);
            console.MarkupLineInterpolated($"[grey]Written to {folder.FullName} (quality.csv, quality.json, quality.md, quality-*d.png, daily.csv, learning-curves.png).[/]");
            return 0;
        });

        var bench = new Command("bench", "Benchmarks.");
        bench.Subcommands.Add(quality);
        return bench;
    }

    private static List<PolicyEntry> Pick(string[] names)
    {
        var known = Policies.Defaults.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var unknown = names.Where(n => !known.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown policy {string.Join(", ", unknown)}: use {string.Join(", ", known.Keys)}.");
        }

        // Kept in the table's usual order; the oracle each policy is scored against is what its %oracle divides by, so it is always there.
        var wanted = names.Append(OraclePolicy.ConstrainedName).Concat(names.Select(n => known[n].ScoredAgainst)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. Policies.Defaults.Where(p => wanted.Contains(p.Name))];
    }
}
