using System.CommandLine;
using System.Globalization;
using BudgetPilot.Core.Execution;
using Spectre.Console;

namespace BudgetPilot.Cli.Commands;

/// <summary><c>budgetpilot actions list</c> and <c>budgetpilot alerts list</c>.</summary>
public static class ListCommands
{
    public static Command Actions(IAnsiConsole console)
    {
        var days = new Option<int>("--days") { Description = "How many days back.", DefaultValueFactory = _ => 1 };
        var config = CycleCommand.ConfigOption();
        var at = CliHost.AtOption("List");
        var list = new Command("list", "The audit log: what was done, by whom, why, before and after.") { days, config, at };
        list.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse.GetValue(config), cancellationToken, async host =>
        {
            var ctx = host.Context;
            var now = ctx.Time.GetUtcNow();
            var entries = await ctx.Stores.Audit.ListAsync(ctx.Id, now.AddDays(-parse.GetValue(days)), now.AddTicks(1), cancellationToken);
            var table = new Table().Title($"[bold]{entries.Count} audit entries[/]").AddColumns("#", "When (UTC)", "What", "Campaign", "Before → after", "Who", "Why / outcome");
            foreach (var e in entries)
            {
                var change = e.Before is null && e.After is null ? "" : $"{Snap(e.Before)} → {Snap(e.After)}";
                table.AddRow($"{e.Sequence}", e.At.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture), $"{e.Kind}{(e.Action is { } a ? $" {a}" : "")}{(e.Outcome is { } o ? $" ({o})" : "")}",
                    Markup.Escape(e.CampaignName ?? ""), change, Markup.Escape(e.Actor), Markup.Escape(Short(e.Detail ?? e.Reason)));
            }

            console.Write(table);
            return 0;
        }, time: CliHost.ClockAt(parse.GetValue(at))));
        var command = new Command("actions", "Actions taken and why.");
        command.Subcommands.Add(list);
        return command;
    }

    public static Command Alerts(IAnsiConsole console)
    {
        var all = new Option<bool>("--all") { Description = "Include alerts resolved in the last 7 days." };
        var config = CycleCommand.ConfigOption();
        var at = CliHost.AtOption("List");
        var list = new Command("list", "Open alerts by severity.") { all, config, at };
        list.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse.GetValue(config), cancellationToken, async host =>
        {
            var ctx = host.Context;
            var now = ctx.Time.GetUtcNow();
            var alerts = parse.GetValue(all)
                ? await ctx.Stores.Alerts.ListAsync(ctx.Id, now.AddDays(-7), now.AddTicks(1), cancellationToken)
                : await ctx.Stores.Alerts.ListOpenAsync(ctx.Id, cancellationToken);
            var table = new Table().Title($"[bold]{alerts.Count} alert(s)[/]").AddColumns("Severity", "Kind", "Opened (UTC)", "State", "Message");
            foreach (var a in alerts.OrderByDescending(a => a.Severity).ThenByDescending(a => a.OpenedAt))
            {
                table.AddRow(a.Severity.ToString(), a.Kind.ToString(), a.OpenedAt.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture), a.IsOpen ? "open" : "resolved", Markup.Escape(a.Message));
            }

            console.Write(table);
            return 0;
        }, time: CliHost.ClockAt(parse.GetValue(at))));
        var command = new Command("alerts", "Alerts raised by the detectors and the cycle.");
        command.Subcommands.Add(list);
        return command;
    }

    private static string Snap(CampaignSnapshot? s) => s is null ? "-" : $"{s.Status} {s.DailyBudget.ToString("N0", CultureInfo.InvariantCulture)}";

    private static string Short(string text) => text.Length > 140 ? text[..137] + "..." : text;
}
