using System.CommandLine;
using System.Text.Json;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Simulation;
using BudgetPilot.Simulation.Runs;
using Spectre.Console;

namespace BudgetPilot.Cli.Commands;

/// <summary><c>budgetpilot simulate</c>: the live cycle over a simulated market in simulated time, with a progress bar and a summary.</summary>
public static class SimulateCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var days = new Option<int>("--days") { Description = "Simulated days to run.", DefaultValueFactory = _ => 30 };
        var seed = new Option<ulong>("--seed") { Description = "Market seed: the same seed gives the same run, bit for bit.", DefaultValueFactory = _ => 7 };
        var autonomy = new Option<string>("--autonomy") { Description = "full, semi or advisory.", DefaultValueFactory = _ => "full" };
        autonomy.AcceptOnlyFromAmong("full", "semi", "advisory");
        var policy = new Option<string>("--policy") { Description = "rules (the seed's framework through the real cycle), allocator, allocator+rules, static or uniform.", DefaultValueFactory = _ => "rules" };
        policy.AcceptOnlyFromAmong([.. SimulationOptions.PolicyNames]);
        var campaigns = new Option<int>("--campaigns") { Description = "Campaigns in the market.", DefaultValueFactory = _ => 24 };
        var scenario = new Option<string>("--scenario") { Description = "Market scenario.", DefaultValueFactory = _ => Scenario.AllCombined.Name };
        scenario.AcceptOnlyFromAmong([.. Scenario.All.Select(s => s.Name)]);
        var budget = new Option<decimal>("--budget") { Description = "Total daily budget.", DefaultValueFactory = _ => 50_000m };
        var approveAll = new Option<bool>("--approve-all") { Description = "A simulated manager approves every request at the next cycle." };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the summary as JSON (snake_case keys)." };

        var command = new Command("simulate", "Run BudgetPilot's cycle over a simulated market and summarise what it did.")
        {
            days, seed, autonomy, policy, campaigns, scenario, budget, approveAll, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var problems = new[]
            {
                parse.GetValue(days) is < 1 or > 3650 ? "--days must be between 1 and 3650." : null,
                parse.GetValue(campaigns) is < 1 or > 100_000 ? "--campaigns must be between 1 and 100000." : null,
                parse.GetValue(budget) <= 0m ? "--budget must be positive." : null,
            }.OfType<string>().ToList();
            if (problems.Count > 0)
            {
                problems.ForEach(p => console.MarkupLineInterpolated($"[red]{p}[/]"));
                return 2;
            }

            var options = new SimulationOptions
            {
                Days = parse.GetValue(days),
                Seed = parse.GetValue(seed),
                Autonomy = parse.GetValue(autonomy) switch { "semi" => AutonomyLevel.SemiAutonomous, "advisory" => AutonomyLevel.Advisory, _ => AutonomyLevel.FullAutonomous },
                Policy = parse.GetValue(policy)!,
                Campaigns = parse.GetValue(campaigns),
                Scenario = Scenario.Parse(parse.GetValue(scenario)!),
                TotalDailyBudget = parse.GetValue(budget),
                ApproveEverything = parse.GetValue(approveAll),
            };

            SimulationSummary summary = null!;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Simulating {options.Days} days, {options.Campaigns} campaigns");
                    summary = (await SimulationRun.RunAsync(options, new Progress<double>(f => task.Value = f * 100), cancellationToken)).Summary;
                    task.Value = 100;
                });

            SummaryView.Render(console, summary);
            if (parse.GetValue(json) is { } file)
            {
                await using var stream = file.Create();
                await JsonSerializer.SerializeAsync(stream, summary, CliJson.Options, cancellationToken);
                console.MarkupLineInterpolated($"[grey]Summary written to {file.FullName}[/]");
            }

            return summary.InvariantViolations.Count + summary.PlatformConstraintViolations.Count == 0 ? 0 : 3;
        });
        return command;
    }
}
