using BudgetPilot.Cli.Commands;
using Spectre.Console;

namespace BudgetPilot.Platforms.Tests;

/// <summary>`budgetpilot` in process, as in the CLI tests: the real command tree, its output captured.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 240;
        var code = await BudgetPilotCommand.Create(console).Parse(args).InvokeAsync();
        return (code, writer.ToString());
    }
}
