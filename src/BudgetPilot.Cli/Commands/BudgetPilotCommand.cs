using System.CommandLine;
using Spectre.Console;

namespace BudgetPilot.Cli.Commands;

/// <summary>The <c>budgetpilot</c> command tree.</summary>
public static class BudgetPilotCommand
{
    public static RootCommand Create(IAnsiConsole console)
    {
        var root = new RootCommand("BudgetPilot: an autonomous marketing budget optimizer that never breaks its guardrails.");
        root.Subcommands.Add(SimulateCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(BacktestCommand.Create(console));
        root.Subcommands.Add(CycleCommand.Create(console));
        root.Subcommands.Add(ApprovalsCommand.Create(console));
        root.Subcommands.Add(ListCommands.Actions(console));
        root.Subcommands.Add(ListCommands.Alerts(console));
        root.Subcommands.Add(PlatformsCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        return root;
    }
}
