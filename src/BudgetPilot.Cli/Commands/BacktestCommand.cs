using System.CommandLine;
using System.Globalization;
using BudgetPilot.Core.Allocation;
using BudgetPilot.Core.Campaigns;
using BudgetPilot.Core.Settings;
using BudgetPilot.Platforms.Csv;
using Spectre.Console;

namespace BudgetPilot.Cli.Commands;

/// <summary>
/// <c>budgetpilot backtest --history FILE.csv --policy P</c>: replays a policy over imported history and
/// lists the actions it would have taken with its own estimate of their effect. Never a counterfactual:
/// the history is what happened, whatever the policy says.
/// </summary>
public static class BacktestCommand
{
    private static readonly string[] Required = ["date", "platform", "campaign", "spend", "impressions", "clicks", "conversions", "conversion_value"];

    public static Command Create(IAnsiConsole console)
    {
        var history = new Option<FileInfo>("--history") { Description = "CSV with a header: date, platform, campaign, spend, impressions, clicks, conversions, conversion_value (daily or hourly rows).", Required = true };
        var policy = new Option<string>("--policy") { Description = $"One of {string.Join(", ", DecisionPolicies.Names)}.", DefaultValueFactory = _ => DecisionPolicies.Default.Name() };
        var budget = new Option<decimal?>("--budget") { Description = "Total daily budget (default: the history's largest daily spend)." };
        var command = new Command("backtest", "Replay a policy over imported history: the actions it would have taken and its fitted estimate of their effect.") { history, policy, budget };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DecisionPolicies.TryParse(parse.GetValue(policy), out var chosen))
            {
                console.MarkupLineInterpolated($"[red]--policy '{parse.GetValue(policy)}' is not a policy; use one of {string.Join(", ", DecisionPolicies.Names)}.[/]");
                return 2;
            }

            var file = parse.GetValue(history)!;
            if (!file.Exists)
            {
                console.MarkupLineInterpolated($"[red]--history {file.FullName} does not exist.[/]");
                return 2;
            }

            var (rows, errors) = Read(await File.ReadAllTextAsync(file.FullName, cancellationToken));
            if (errors.Count > 0)
            {
                foreach (var e in errors.Take(20))
                {
                    console.MarkupLineInterpolated($"[red]{file.Name}: {e}[/]");
                }

                return 2;
            }

            IReadOnlyList<BacktestDay> days;
            try
            {
                days = Backtest.Run(rows, chosen, new WorkspaceSettings(), parse.GetValue(budget));
            }
            catch (ArgumentException e)
            {
                console.MarkupLineInterpolated($"[red]{e.Message}[/]");
                return 2;
            }

            var table = new Table().Title($"[bold]Backtest of '{chosen.Name()}' over {rows.Select(r => r.Date).Distinct().Count()} days of {file.Name}[/]")
                .AddColumns("Date", "Campaign", "Action", "Budget", "Est. profit/day", "Why");
            foreach (var day in days)
            {
                foreach (var a in day.Taken)
                {
                    var change = a.NewBudget is { } nb ? $"{a.CurrentState.Budget.ToString("0.00", CultureInfo.InvariantCulture)} → {nb.ToString("0.00", CultureInfo.InvariantCulture)}" : "pause";
                    table.AddRow(Markup.Escape(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Markup.Escape(a.CampaignName), a.Type.ToString(), Markup.Escape(change),
                        a.EstimatedImpact.DailyProfitChange.ToString("+0.00;-0.00", CultureInfo.InvariantCulture), Markup.Escape(a.Reasoning.Length > 160 ? a.Reasoning[..160] + "…" : a.Reasoning));
                }
            }

            console.Write(table);
            var total = days.Sum(d => d.EstimatedDailyProfitChange);
            console.MarkupLineInterpolated($"{days.Sum(d => d.Taken.Count)} action(s) on {days.Count(d => d.Taken.Count > 0)} of {days.Count} replayed days; {days.Sum(d => d.Refused.Count)} refused by the guardrails.");
            console.MarkupLineInterpolated($"The policy's own estimate: {total.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)}/day of profit summed over its actions (each action's interval is in its reasoning).");
            console.MarkupLine("[grey]This is the policy's fitted estimate, not an outcome: the history cannot say what a different budget would have bought. Budgets are taken as each day's spend.[/]");
            return 0;
        });
        return command;
    }

    /// <summary>Rows, or every problem with the file by line and column: a bad history is refused, never half-read.</summary>
    public static (List<HistoryRow> Rows, List<string> Errors) Read(string csv)
    {
        var table = CsvTable.Parse(csv);
        var errors = new List<string>();
        var rows = new List<HistoryRow>();
        if (table.Count == 0)
        {
            return (rows, ["the file is empty."]);
        }

        var header = table[0].Select(h => h.Trim().ToLowerInvariant().Replace(' ', '_')).ToList();
        var index = Required.ToDictionary(k => k, k => header.IndexOf(k == "conversion_value" && !header.Contains(k) ? "value" : k));
        var missing = index.Where(kv => kv.Value < 0).Select(kv => kv.Key).ToList();
        if (missing.Count > 0)
        {
            return (rows, [$"the header lacks {string.Join(", ", missing)} (needs {string.Join(", ", Required)})."]);
        }

        for (var line = 1; line < table.Count; line++)
        {
            var cells = table[line];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string Cell(string key) => index[key] < cells.Count ? cells[index[key]].Trim() : string.Empty;
            var problems = new List<string>();
            var dateText = Cell("date");
            DateOnly date = default;
            if (DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                date = DateOnly.FromDateTime(at.UtcDateTime);
            }
            else if (!DateOnly.TryParse(dateText, CultureInfo.InvariantCulture, out date))
            {
                problems.Add($"date '{dateText}' is not a date");
            }

            if (!PlatformKeys.TryParse(Cell("platform"), out var platform))
            {
                problems.Add($"platform '{Cell("platform")}' is not a platform");
            }

            var campaign = Cell("campaign");
            if (campaign.Length == 0)
            {
                problems.Add("campaign is empty");
            }

            decimal Number(string key)
            {
                if (decimal.TryParse(Cell(key), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v >= 0m)
                {
                    return v;
                }

                problems.Add($"{key} '{Cell(key)}' is not a non-negative number");
                return 0m;
            }

            var spend = Number("spend");
            var impressions = Number("impressions");
            var clicks = Number("clicks");
            var conversions = Number("conversions");
            var value = Number("conversion_value");
            if (problems.Count > 0)
            {
                errors.Add($"line {line + 1}: {string.Join("; ", problems)}.");
                continue;
            }

            rows.Add(new HistoryRow(date, platform, campaign, spend, (long)impressions, (long)clicks, conversions, value));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add("the file has a header but no rows.");
        }

        return (rows, errors);
    }
}
